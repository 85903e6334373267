-- One database per service (docs/architecture.md); run once by the postgres image on an empty volume.
CREATE DATABASE learner;
CREATE DATABASE supervisor;
CREATE DATABASE evaluation;
CREATE DATABASE notification;
