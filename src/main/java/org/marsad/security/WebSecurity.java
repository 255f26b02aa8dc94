package org.marsad.security;

import org.marsad.store.UserStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may see and do what in the web app: everything needs a login except the login page, static
 * assets and the health check; editors review; admins administer. Form login against the store's
 * hashed passwords, CSRF protection on every unsafe request, and a strict Content-Security-Policy
 * (no inline script or style anywhere, nothing loaded from another origin).
 */
@Configuration
@EnableWebSecurity
class WebSecurity {
    /** The policy every page is served with; templates and scripts are written to satisfy it. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/basemap/**", "/webjars/**",
                                "/favicon.ico", "/favicon.svg", "/actuator/health").permitAll()
                        .requestMatchers(HttpMethod.POST, "/incidents/*/review", "/incidents/*/merge", "/incidents/*/split")
                        .hasRole("EDITOR")
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .anyRequest().hasRole("VIEWER"))
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny()));
        return http.build();
    }

    /** ADMIN can do all an EDITOR can, who can do all a VIEWER can. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN").implies("EDITOR")
                .role("EDITOR").implies("VIEWER")
                .build();
    }

    @Bean
    UserDetailsService userDetailsService(@Qualifier("userStore") UserStore users) {
        return new UserAccounts(users);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Passwords.encoder();
    }
}
