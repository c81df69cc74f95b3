-- Keycloak keeps its data in a database of its own on the same PostgreSQL server (run once, at the first start).
create database keycloak owner ami;
