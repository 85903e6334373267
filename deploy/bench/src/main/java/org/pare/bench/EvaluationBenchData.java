package org.pare.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL that fills an evaluation-service database inside PostgreSQL (generate_series, no round trips): areas in
 * trusts and sites, invitations and responses spread over 24 months and 5 profession groups, the rollups the service
 * keeps, open support flags and area actions. Ids are md5-derived so areas map to trusts without a lookup.
 */
final class EvaluationBenchData {
    static final List<String> ITEMS = List.of(
            "welcomed",
            "part-of-team",
            "safe-to-ask",
            "admit-mistake",
            "raise-concern",
            "dignity-respect",
            "no-bullying",
            "timely-feedback",
            "supervisor-available",
            "feedback-linked",
            "listened",
            "enough-opportunities",
            "right-responsibility",
            "be-myself",
            "treated-fairly",
            "wellbeing-support",
            "emotional-space",
            "would-recommend");

    private EvaluationBenchData() {}

    static List<String> statements(int trusts, int areas, int invitations, int responses) {
        String area = "md5('area' || (i % " + areas + " + 1))::uuid";
        String trustOfArea = "md5('trust' || ((i % " + areas + " + 1) % " + trusts + " + 1))::uuid";
        List<String> sql = new ArrayList<>();
        sql.add("INSERT INTO organisation (id, name) SELECT md5('trust' || t)::uuid, 'Trust ' || t"
                + " FROM generate_series(1, " + trusts + ") t");
        sql.add(
                "INSERT INTO site (id, trust_id, name) SELECT md5('site' || t || '-' || s)::uuid, md5('trust' || t)::uuid,"
                        + " 'Site ' || s FROM generate_series(1, " + trusts + ") t, generate_series(1, 4) s");
        sql.add("INSERT INTO placement_area (id, site_id, trust_id, name, profession_groups)"
                + " SELECT md5('area' || a)::uuid, md5('site' || (a % " + trusts + " + 1) || '-' || (a % 4 + 1))::uuid,"
                + " md5('trust' || (a % " + trusts + " + 1))::uuid, 'Area ' || a, '{NURSING}'"
                + " FROM generate_series(1, " + areas + ") a");
        sql.add(
                "INSERT INTO invitation (id, learner_id, placement_id, area_id, questionnaire_version, profession_group,"
                        + " period, invited_at, due_on, state) SELECT gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), "
                        + area
                        + ", 1, (ARRAY['NURSING','MIDWIFERY','PHYSIOTHERAPY','SOCIAL_WORK','PARAMEDIC'])[i % 5 + 1],"
                        + " date_trunc('month', current_date - ((i % 24) || ' months')::interval)::date, now(), current_date,"
                        + " CASE WHEN i % 5 < 3 THEN 'RETURNED' ELSE 'OPEN' END FROM generate_series(1, " + invitations
                        + ") i");
        StringBuilder answers = new StringBuilder("jsonb_build_object(");
        for (int k = 0; k < ITEMS.size(); k++) {
            answers.append(k == 0 ? "" : ", ")
                    .append("'")
                    .append(ITEMS.get(k))
                    .append("', (i / ")
                    .append(k + 1)
                    .append(") % 6");
        }
        answers.append(")");
        sql.add("INSERT INTO response (id, area_id, questionnaire_version, profession_group, period, answers)"
                + " SELECT gen_random_uuid(), " + area + ", 1, 'NURSING',"
                + " date_trunc('quarter', current_date - ((i % 24) || ' months')::interval)::date, " + answers
                + " FROM generate_series(1, " + responses + ") i");
        sql.add("INSERT INTO rollup_invitation (area_id, period, profession_group, invited, returned)"
                + " SELECT area_id, period, profession_group, count(*), count(*) FILTER (WHERE state = 'RETURNED')"
                + " FROM invitation GROUP BY 1, 2, 3");
        sql.add("INSERT INTO rollup_response (area_id, period, questionnaire_version, responses)"
                + " SELECT area_id, period, questionnaire_version, count(*) FROM response GROUP BY 1, 2, 3");
        sql.add("INSERT INTO rollup_item (area_id, period, questionnaire_version, item, answered, total)"
                + " SELECT area_id, period, questionnaire_version, e.key, count(*) FILTER (WHERE e.value::int > 0),"
                + " sum(e.value::int) FROM response, jsonb_each_text(answers) e GROUP BY 1, 2, 3, 4");
        sql.add(
                "INSERT INTO support_flag (id, learner_id, trust_id, academic_assessor_id, state, raised_at, updated_at)"
                        + " SELECT gen_random_uuid(), gen_random_uuid(), " + trustOfArea
                        + ", gen_random_uuid(), 'OPEN', now(),"
                        + " now() FROM generate_series(1, " + (trusts * 40) + ") i");
        sql.add(
                "INSERT INTO support_flag_reason (flag_id, reason, raised_at) SELECT id, 'LOW_PULSE', now() FROM support_flag");
        sql.add("INSERT INTO area_action (id, area_id, trust_id, owner_login_id, due_on, status, themes, description,"
                + " created_at, updated_at) SELECT gen_random_uuid(), " + area + ", " + trustOfArea + ", 'owner',"
                + " current_date - (i % 60) + 30, 'PLANNED', '{supervision}', 'Action ' || i, now(), now()"
                + " FROM generate_series(1, " + (areas * 4) + ") i");
        sql.add("ANALYZE");
        return sql;
    }
}
