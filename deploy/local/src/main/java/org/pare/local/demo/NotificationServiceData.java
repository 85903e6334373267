package org.pare.local.demo;

/**
 * notification-service needs no demo data of its own: its inbox and e-mails follow from the other services'
 * events. This step only reports what the demo learner has received so far (more arrives as events are read).
 */
public final class NotificationServiceData implements DemoStep {
    static final String SERVICE = "notification-service";

    @Override
    public String name() {
        return SERVICE;
    }

    @Override
    public String load(DemoContext context) throws Exception {
        Api.Answer unread = context.api(SERVICE, context.demoLearner()).get("/api/inbox/unread-count");
        DemoStep.requireOk(unread, "unread count");
        return "messages follow the other services' events; the demo learner has "
                + unread.json().path("unread").asInt() + " unread so far";
    }
}
