# Debian packages tunesmith needs to build (libedit, sqlite3) and, for the tests, to drive the
# terminal (tmux), kill a writer at an exact system call in the crash tests (strace) and run the
# completion scripts (zsh, fish); installed only when missing.
# (Sourced by scripts/try, which needs the build ones, and scripts/test, which needs all.)
TUNESMITH_BUILD_PACKAGES=(libedit-dev libsqlite3-dev pkg-config)
TUNESMITH_TEST_PACKAGES=(tmux strace zsh fish)

# ensure_system_packages [--with-tests]
ensure_system_packages() {
  local wanted=("${TUNESMITH_BUILD_PACKAGES[@]}")
  [ "${1:-}" = "--with-tests" ] && wanted+=("${TUNESMITH_TEST_PACKAGES[@]}")
  local missing=()
  for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing: ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >&2
}
