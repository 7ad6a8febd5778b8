# Sourced by the bench scripts: measure USER LABEL PATH requests PATH on $BASE as USER, $WARMUP times to warm up,
# then $N times one after another, and prints a Markdown row: label, user, median, p95 and max in milliseconds as
# curl measures them on the same machine (no network in between, so the server's response time).
# AUTH chooses how each call proves who it is:
#   session (default) - the user signs in once on the login page, as a person does, and every call carries the
#                       session cookies;
#   basic             - HTTP Basic on every call (Vigil remembers right credentials by digest for a minute);
#   token             - a personal API token (Authorization: Bearer), created once per user through the API.
BASE=${BASE:-http://localhost:9080}
N=${N:-200}
WARMUP=${WARMUP:-10}
AUTH=${AUTH:-session}
PASSWORD=${PASSWORD:-Vigil@2026}
JARS=$(mktemp -d)
trap 'rm -rf "$JARS"' EXIT

# Signs USER in through the login form into a cookie jar, once; prints the jar's path.
session_jar() {
  local user=$1 jar="$JARS/$1.jar" state
  if [[ ! -f "$jar" ]]; then
    state=$(curl -sf -c "$jar" "$BASE/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' \
      | sed 's/.*value="//; s/"$//')
    curl -sf -o /dev/null -b "$jar" -c "$jar" "$BASE/login.xhtml" \
      --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm_SUBMIT=1" \
      --data-urlencode "loginForm:username=$user" --data-urlencode "loginForm:password=$PASSWORD" \
      --data-urlencode "loginForm:signIn=" --data-urlencode "jakarta.faces.ViewState=$state"
  fi
  echo "$jar"
}

# Creates a personal API token for USER once (with Basic), prints it.
api_token() {
  local user=$1 file="$JARS/$1.token"
  if [[ ! -f "$file" ]]; then
    curl -sf -u "$user:$PASSWORD" -H 'Content-Type: application/json' \
      -d "{\"name\":\"bench $(date +%s)\",\"lastDay\":\"$(date -d '+7 days' +%Y-%m-%d)\"}" \
      "$BASE/api/v1/me/tokens" | grep -o '"secret":"[^"]*"' | cut -d'"' -f4 > "$file"
  fi
  cat "$file"
}

# curl arguments that authenticate USER the AUTH way, one per line
auth_args() {
  case "$AUTH" in
    session) printf '%s\n' -b "$(session_jar "$1")" ;;
    basic) printf '%s\n' -u "$1:$PASSWORD" ;;
    token) printf '%s\n' -H "Authorization: Bearer $(api_token "$1")" ;;
    *) echo "unknown AUTH=$AUTH" >&2; return 2 ;;
  esac
}

# GET PATH as USER, the body on stdout
get() {
  local args
  mapfile -t args < <(auth_args "$1")
  curl -sf "${args[@]}" -H 'Accept-Language: vi' "$BASE$2"
}

measure() {
  local user=$1 label=$2 path=$3 times=() args t code
  mapfile -t args < <(auth_args "$user")
  for ((i = 0; i < WARMUP + N; i++)); do
    read -r code t < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "${args[@]}" -H 'Accept-Language: vi' "$BASE$path")
    if [[ "$code" != 200 ]]; then
      echo "| $label | $user | HTTP $code | | |"
      return
    fi
    if ((i >= WARMUP)); then times+=("$t"); fi
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v user="$user" '
    { v[NR] = $1 * 1000 }
    END { printf "| %s | %s | %.1f | %.1f | %.1f |\n", label, user, v[int(NR * 0.50 + 0.5)], v[int(NR * 0.95 + 0.5)], v[NR] }'
}

header() {
  echo "| query | user | median ms | p95 ms | max ms |"
  echo "| --- | --- | ---: | ---: | ---: |"
}
