package org.shuangsheng;

import java.time.Duration;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Bootstrap, htmx, ECharts, the icon font and the platform's own styles and scripts are named in
 * every page by a hash of their content ({@code /css/app-3f2a….css}: Thymeleaf's {@code @{…}} goes
 * through the {@code ResourceUrlEncodingFilter}, and stylesheets' own links, such as the icon font's,
 * are rewritten likewise), so a phone keeps each for a year without asking again and a new release,
 * changing the content, changes the name. Pages and the API are left to Spring Security's
 * {@code no-store}: nearly all show personal data, and the rest carry the user's name and CSRF
 * token. Compression is the server's ({@code server.compression.*}).
 */
@Configuration
@Order(Ordered.HIGHEST_PRECEDENCE)
class AssetConfiguration implements WebMvcConfigurer {

    static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private static final Map<String, String> LOCATIONS = Map.of(
            "/webjars/**", "classpath:/META-INF/resources/webjars/",
            "/css/**", "classpath:/static/css/",
            "/js/**", "classpath:/static/js/");

    /**
     * Registered first ({@code @Order}), so Spring Boot, finding {@code /webjars/**} taken, leaves
     * it to this one; the webjars' version-less paths ({@code /webjars/bootstrap/css/…}) are still
     * resolved, once the hash is taken off, by the webjars resolver the chain adds.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        LOCATIONS.forEach((pattern, location) -> registry.addResourceHandler(pattern)
                .addResourceLocations(location)
                .setCacheControl(FOR_A_YEAR)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                .addTransformer(new CssLinkResourceTransformer()));
    }
}
