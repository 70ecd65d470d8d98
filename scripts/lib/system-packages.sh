# Debian packages tunesmith needs to build (libedit, sqlite3) and test (tmux drives the terminal tests;
# strace kills a writer at an exact system call in the crash tests; zsh and fish run the completion
# scripts); installed only when missing.
# (Sourced by scripts/test and scripts/try.)
TUNESMITH_DEBIAN_PACKAGES=(libedit-dev libsqlite3-dev pkg-config tmux strace zsh fish)

ensure_system_packages() {
  local missing=()
  for package in "${TUNESMITH_DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing: ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >&2
}
