-- Questionnaires are data: a new version is a new row, never an edit and never a code change.
CREATE TABLE questionnaire (
    version      INTEGER PRIMARY KEY CHECK (version >= 1),
    definition   JSONB NOT NULL,
    published_on DATE NOT NULL,
    current      BOOLEAN NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX questionnaire_one_current ON questionnaire (current) WHERE current;

INSERT INTO questionnaire (version, published_on, current, definition) VALUES (1, DATE '2026-11-01', true, '{
  "scale": {"min": 1, "max": 5, "labels": ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"], "notApplicable": "Not applicable"},
  "headline": "overall",
  "themes": [
    {"key": "induction-belonging", "title": "Induction and belonging", "items": [
      {"key": "welcomed", "text": "I was welcomed and introduced to the team."},
      {"key": "part-of-team", "text": "I felt part of the team."}]},
    {"key": "psychological-safety", "title": "Psychological safety", "items": [
      {"key": "safe-to-ask", "text": "I felt safe to ask questions."},
      {"key": "admit-mistake", "text": "I could admit a mistake without fear of blame."},
      {"key": "raise-concern", "text": "I could raise a concern about care."}]},
    {"key": "civility-dignity", "title": "Civility and dignity", "items": [
      {"key": "dignity-respect", "text": "I was treated with dignity and respect."},
      {"key": "no-bullying", "text": "I did not experience or witness bullying, harassment or discrimination."}]},
    {"key": "supervision", "title": "Supervision and feedback", "items": [
      {"key": "timely-feedback", "text": "I had timely feedback while in practice."},
      {"key": "supervisor-available", "text": "My supervisor was available when I needed them."},
      {"key": "feedback-linked", "text": "Feedback was linked to my learning outcomes."}]},
    {"key": "compassionate-leadership", "title": "Compassionate leadership", "items": [
      {"key": "listened", "text": "My supervisor listened and tried to understand my situation."}]},
    {"key": "learning-opportunities", "title": "Learning opportunities", "items": [
      {"key": "enough-opportunities", "text": "I had enough opportunities to learn."},
      {"key": "right-responsibility", "text": "I had an appropriate level of responsibility."}]},
    {"key": "inclusion", "title": "Inclusion", "items": [
      {"key": "be-myself", "text": "I could be myself."},
      {"key": "treated-fairly", "text": "Learners were treated fairly regardless of background."}]},
    {"key": "wellbeing", "title": "Wellbeing", "items": [
      {"key": "wellbeing-support", "text": "I knew where to get wellbeing support."},
      {"key": "emotional-space", "text": "There was space to talk about the emotional side of the work."}]},
    {"key": "overall", "title": "Overall", "items": [
      {"key": "would-recommend", "text": "I would recommend this placement to another learner."}]}
  ]
}');
