/**
 * The published contract of learner-service: its topic names and, per event type, one record. Delivery is
 * at least once and ordered per aggregate (the Kafka key): consumers deduplicate on the event id.
 */
package org.pare.learner.events;
