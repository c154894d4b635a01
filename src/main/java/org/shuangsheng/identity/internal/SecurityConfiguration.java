package org.shuangsheng.identity.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two chains: the JSON API under /api with bearer tokens and no session, and the pages with a
 * form login and a session. In both, a route that no module's {@link RouteRules} names is
 * refused.
 */
@Configuration
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder encoder,
            ApplicationEventPublisher publisher) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(publisher));
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, List<RouteRules> rules,
            ApiAccessProblems problems, JdbcTemplate jdbc, Clock clock, MessageSource messages,
            LocaleResolver locales, RateLimit signInLimit, RateLimit exportLimit) throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(signInLimit, UsernamePasswordAuthenticationFilter.class)
                // Large pages of lists with personal data spend the same budget as the downloads.
                .addFilterAfter(exportLimit, AuthorizationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens travel in a header a browser never adds by itself: no CSRF risk.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new IdempotencyFilter(jdbc, clock, messages, locales), AuthorizationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(this::headers)
                .authorizeHttpRequests(routes -> authorize(routes, rules));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, List<RouteRules> rules, RateLimit signInLimit,
            RateLimit exportLimit, Clock clock, AuthenticationManager authenticationManager,
            @Value("${shuangsheng.session.absolute-timeout:12h}") Duration absolute) throws Exception {
        // One manager for the form and the token endpoint, so their rules cannot drift apart.
        http.authenticationManager(authenticationManager)
                .addFilterBefore(signInLimit, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(exportLimit, AuthorizationFilter.class)
                .addFilterAfter(new SessionRules(clock, absolute), AnonymousAuthenticationFilter.class)
                .formLogin(login -> login.loginPage("/login").failureUrl("/login?error").successHandler(signInSuccess())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(this::headers)
                .httpBasic(basic -> basic.disable())
                .authorizeHttpRequests(routes -> authorize(routes, rules));
        return http.build();
    }

    /** After the password, a user with a second factor is asked for the one-time code. */
    private static AuthenticationSuccessHandler signInSuccess() {
        SavedRequestAwareAuthenticationSuccessHandler usual = new SavedRequestAwareAuthenticationSuccessHandler();
        usual.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof AccountPrincipal principal && principal.hasSecondFactor()) {
                request.getSession().setAttribute(SessionRules.SECOND_FACTOR_PENDING, Boolean.TRUE);
                response.sendRedirect(request.getContextPath() + SessionRules.SECOND_FACTOR_PAGE);
            } else {
                usual.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    private void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults());
    }

    private static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes,
            List<RouteRules> rules) {
        routes.requestMatchers("/error", "/login", "/webjars/**", "/css/**", "/js/**", "/images/**",
                        "/favicon.ico", "/actuator/health", "/actuator/health/**")
                .permitAll()
                // The API description maps every route and field: a map for whoever probes, so only
                // for those signed in (and off altogether in production unless turned on).
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll();
        rules.forEach(rule -> rule.configure(routes));
        routes.anyRequest().denyAll();
    }
}
