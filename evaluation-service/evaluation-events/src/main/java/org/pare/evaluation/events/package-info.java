/**
 * The published contract of evaluation-service: its topic names and, per event type, one record. Delivery is
 * at least once and ordered per aggregate (the Kafka key): consumers deduplicate on the event id. No event
 * carries evaluation answers or comments.
 */
package org.pare.evaluation.events;
