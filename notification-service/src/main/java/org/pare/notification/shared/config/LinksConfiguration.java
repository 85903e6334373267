package org.pare.notification.shared.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.pare.notification.inbox.domain.Links;
import org.pare.notification.inbox.domain.Notices;

/** {@code pare.links.*}: where each service's pages are, so every message links straight to its page. */
@ConfigurationProperties("pare.links")
public class LinksConfiguration {
    private String learner = "http://localhost:8081";
    private String supervisor = "http://localhost:8082";
    private String evaluation = "http://localhost:8083";
    private String notification = "http://localhost:8084";

    public String getLearner() {
        return learner;
    }

    public void setLearner(String learner) {
        this.learner = learner;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(String supervisor) {
        this.supervisor = supervisor;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(String evaluation) {
        this.evaluation = evaluation;
    }

    public String getNotification() {
        return notification;
    }

    public void setNotification(String notification) {
        this.notification = notification;
    }

    @Factory
    static class Beans {
        @Singleton
        Links links(LinksConfiguration configuration) {
            return new Links(
                    configuration.getLearner(),
                    configuration.getSupervisor(),
                    configuration.getEvaluation(),
                    configuration.getNotification());
        }

        @Singleton
        Notices notices(Links links) {
            return new Notices(links);
        }

        @Singleton
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
