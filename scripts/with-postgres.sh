#!/usr/bin/env bash
# with-postgres.sh runs a command with a throwaway PostgreSQL server.
#
#   scripts/with-postgres.sh go test ./...
#
# It installs PostgreSQL through apt-get when initdb is missing, creates a
# cluster in a temporary directory listening on 127.0.0.1 at a free port
# (as the postgres user when run as root), exports DYAD_TEST_POSTGRES with
# its DSN, runs the command, and then stops the server and removes the
# directory, whatever the command's outcome. The command's exit status is
# the script's.
set -euo pipefail

# Everything is in main, so bash parses the whole file before running it
# and an edit to the file cannot change a run in progress.
main() {
	if [ "$#" -eq 0 ]; then
		echo "usage: $0 COMMAND [ARG...]" >&2
		exit 2
	fi

	find_bindir() {
		if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
			dirname "$(readlink -f "$(command -v initdb)")"
			return 0
		fi
		# Debian keeps the server binaries out of PATH, one directory per version.
		local d
		d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
		if [ -n "$d" ] && [ -x "$d/initdb" ]; then
			echo "$d"
			return 0
		fi
		return 1
	}

	if ! bindir=$(find_bindir); then
		if [ "$(id -u)" -ne 0 ]; then
			echo "$0: PostgreSQL is not installed and installing it needs root (apt-get install postgresql)" >&2
			exit 1
		fi
		echo "$0: installing PostgreSQL with apt-get" >&2
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -q >&2
		apt-get install -y -q --no-install-recommends postgresql >&2
		bindir=$(find_bindir) || { echo "$0: initdb not found after installing postgresql" >&2; exit 1; }
	fi

	base=${TMPDIR:-/tmp}
	# As root the server runs as postgres, which must reach the directory:
	# $TMPDIR may be under /root, so use /tmp.
	if [ "$(id -u)" -eq 0 ]; then base=/tmp; fi
	tmp=$(mktemp -d "$base/dyad-pg.XXXXXX")
	run_as=()
	if [ "$(id -u)" -eq 0 ]; then
		# The server refuses to run as root.
		if ! id postgres >/dev/null 2>&1; then
			useradd --system --home-dir "$tmp" --shell /bin/sh postgres
		fi
		chown postgres: "$tmp"
		run_as=(runuser -u postgres --)
	fi

	cleanup() {
		if [ -f "$tmp/data/postmaster.pid" ]; then
			"${run_as[@]}" "$bindir/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
		fi
		rm -rf "$tmp"
	}
	trap cleanup EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM

	"${run_as[@]}" "$bindir/initdb" -D "$tmp/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$tmp/initdb.log" 2>&1 ||
		{ cat "$tmp/initdb.log" >&2; exit 1; }

	port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

	started=
	for _ in 1 2 3 4 5 6 7 8; do
		port=$((20000 + RANDOM % 40000))
		port_free "$port" || continue
		# fsync is off: the cluster is thrown away, and tests run faster.
		if "${run_as[@]}" "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 60 \
			-o "-c listen_addresses=127.0.0.1 -p $port -k $tmp -c fsync=off -c full_page_writes=off -c max_connections=200" \
			start >/dev/null; then
			started=1
			break
		fi
	done
	if [ -z "$started" ]; then
		echo "$0: could not start PostgreSQL; server log:" >&2
		cat "$tmp/server.log" >&2 || true
		exit 1
	fi

	export DYAD_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
	echo "$0: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

	set +e
	"$@"
	status=$?
	set -e
	exit "$status"
}

main "$@"
