package org.shuangsheng;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first: pages speak zh-CN until the user picks English ({@code ?lang=en}, kept in a
 * cookie). The JSON API follows {@code Accept-Language} when a client sends one.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    static final String LOCALE_COOKIE = "shuangsheng-lang";

    @Bean
    Clock clock(@Value("${shuangsheng.zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }

    /**
     * Every {@code i18n/<name>.properties} on the class path is a bundle, one per module, with
     * {@code <name>_en.properties} beside it; the Chinese file is the default.
     */
    @Bean
    MessageSource messageSource() throws IOException {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        messages.setBasenames(Arrays.stream(bundles).map(Resource::getFilename).filter(name -> !name.contains("_"))
                .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                .distinct().sorted().toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LOCALE_COOKIE);
        resolver.setDefaultLocaleFunction(request -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                    && request.getHeader("Accept-Language") != null) {
                return request.getLocale().getLanguage().equals("en") ? Locale.ENGLISH : DEFAULT_LOCALE;
            }
            return DEFAULT_LOCALE;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
