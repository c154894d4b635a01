package org.shuangsheng;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * What Tomcat refuses before Spring sees it is answered in the platform's words, not Tomcat's HTML
 * report.
 *
 * <p>An encoded slash ({@code %2F}) or backslash ({@code %5C}) in a path is left encoded, so that
 * Spring Security's firewall refuses it in the caller's language (problem+json on the API, the
 * error page elsewhere); Tomcat refused both itself. What Tomcat must still refuse (a null
 * character, a malformed escape, headers over {@code server.max-http-request-header-size}) goes to
 * its host's error report, which is replaced by one writing problem+json on the API and a page in
 * the layout's frame elsewhere.
 */
@Component
class TomcatErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final MessageSource messages;

    TomcatErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** After Boot's own customizer, whose error report (no stack trace, no server version) this replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        });
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new PlatformErrorReport(messages));
            if (host instanceof StandardHost standard) {
                // Else the host adds Tomcat's report again when it starts.
                standard.setErrorReportValveClass(PlatformErrorReport.class.getName());
            }
        });
    }

    static final class PlatformErrorReport extends ErrorReportValve {

        private final MessageSource messages;

        PlatformErrorReport(MessageSource messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            Locale locale = ContainerAnswers.locale(request);
            String detail = status == 400 ? "problem.malformed" : status >= 500 ? "problem.internal" : "";
            boolean api = ContainerAnswers.isApi(request);
            try {
                response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(api ? ContainerAnswers.problem(messages, locale, status,
                                    detail.isEmpty() ? "problem.status." + status : detail)
                            : ContainerAnswers.page(messages, locale, status, detail));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client has gone, or the response was closed under us: no one is left to answer.
            }
        }
    }
}
