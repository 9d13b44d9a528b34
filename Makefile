# The verbs of the project; each is a one-liner over the scripts in deploy/local.
.PHONY: run test openapi bench clean-db db-stop help

help:
	@echo "make run       the whole system with demo data: PostgreSQL, backend :8080, SPA :5173"
	@echo "make test      every test (backend, frontend, contract, browser journey)"
	@echo "make openapi   regenerate openapi/lienthong.yml from the code and the frontend's types from it"
	@echo "make bench     throughput and latency of key endpoints next to pgbench on the same SQL"
	@echo "make clean-db  stop the project-local PostgreSQL and wipe its data"

run:
	deploy/local/run.sh

test:
	deploy/local/test.sh

openapi:
	deploy/local/openapi.sh

bench:
	deploy/local/bench.sh

clean-db:
	deploy/local/pg.sh clean

db-stop:
	deploy/local/pg.sh stop
