#!/usr/bin/env bash
# Wine smoke test of the cross-built daihoi.exe (issue 7).
#
#   scripts/windows/smoke.sh [PROFILE]     PROFILE of the .exe: release (default)
#
# Runs the Windows build under Wine next to the Linux build and fails (exit 1)
# on any difference. Checks, in order:
#   1. the .exe: PE32+ GUI-subsystem program with the icon, version
#      information and manifest embedded, size within 30 MB;
#   2. `demo` into a folder whose path has Vietnamese letters and spaces
#      (given as a Windows path Z:\…): same workspace files as Linux;
#   3. `check --workspace`: same report and exit code as Linux, printed to
#      the terminal although the .exe is a GUI program; usage and data errors
#      give the same exit codes (2, 1) and Vietnamese messages;
#   4. `render --all` and `report`: same documents as Linux — same
#      file names (all legal on Windows), valid .docx, same text, every
#      part of each .docx byte-identical;
#      then a document held open the way Word holds it: render fails with
#      exit 1 and a message naming the file, and the held file is unchanged;
#   5. the GUI (under Xvfb): the window opens and, on first start, the demo
#      ward is written to the default workspace in %APPDATA%.
# Wine 8 lacks bcryptprimitives.dll (ProcessPrng, used by Rust's standard
# library), so a stand-in built from bcryptprimitives.c goes into the
# prefix's system32 first. Everything lives under target/wine-smoke/.
#
# Missing Wine/mingw/python3/Xvfb: prints SKIP and exits 0, unless CI=true.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
HERE="$ROOT/scripts/windows"
PROFILE="${1:-release}"
TARGET=x86_64-pc-windows-gnu
EXE="$ROOT/target/$TARGET/$PROFILE/daihoi.exe"
SMOKE="$ROOT/target/wine-smoke"
LIMIT_MB=30
# CI's winci profile (no LTO, opt-level 1) is larger; the 30 MB target is for
# the release .exe handed to users.
# The PDF page preview (hayro) put the winci .exe at 40.3 MB; same limit as build.sh.
if [ "$PROFILE" = winci ]; then LIMIT_MB=44; fi

say() { echo "wine smoke: $*"; }
ok() { echo "wine smoke: ok    $*"; }
fail() {
  echo "wine smoke: FAIL  $*" >&2
  exit 1
}
missing() {
  if [ "${CI:-}" = "true" ]; then fail "$* (CI=true: required)"; fi
  say "SKIP  $*"
  exit 0
}

# ---------------------------------------------------------------- tools ----
WINE=""
for w in /usr/lib/wine/wine64 "$(command -v wine64 || true)" "$(command -v wine || true)"; do
  if [ -n "$w" ] && [ -x "$w" ]; then WINE="$w"; break; fi
done
[ -n "$WINE" ] || missing "Wine not installed (Debian package wine64)"
WINESERVER="$(dirname "$WINE")/wineserver"
[ -x "$WINESERVER" ] || WINESERVER="$(command -v wineserver || true)"
[ -n "$WINESERVER" ] || missing "wineserver not found next to $WINE"
command -v x86_64-w64-mingw32-gcc >/dev/null || missing "mingw not installed (gcc-mingw-w64-x86-64)"
command -v python3 >/dev/null || missing "python3 not installed"
[ -f "$EXE" ] || fail "$EXE not built; run scripts/windows/build.sh $PROFILE first"

export WINEPREFIX="$SMOKE/prefix"
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# The Wine name of a Linux path (drive Z: is the Linux root).
winpath() { printf 'Z:%s' "${1//\//\\}"; }

# Run the .exe; stdout, stderr and exit code go to $1.{out,err,code}.
win() {
  local tag="$1"
  shift
  set +e
  "$WINE" "$EXE" "$@" >"$tag.out" 2>"$tag.err" </dev/null
  echo $? >"$tag.code"
  set -e
}
lin() {
  local tag="$1"
  shift
  set +e
  "$LINUX_BIN" "$@" >"$tag.out" 2>"$tag.err" </dev/null
  echo $? >"$tag.code"
  set -e
}
same_file() { cmp -s "$1" "$2" || { diff -u "$1" "$2" | head -40 >&2; fail "$3"; }; }

start=$(date +%s)
RUN="$SMOKE/run"
rm -rf "$RUN"
mkdir -p "$RUN" "$SMOKE/bin"

# ------------------------------------------------------------- helpers -----
x86_64-w64-mingw32-gcc -shared -O2 -Wall -o "$SMOKE/bin/bcryptprimitives.dll" \
  "$HERE/bcryptprimitives.c" -ladvapi32
x86_64-w64-mingw32-gcc -municode -O2 -Wall -o "$SMOKE/bin/holdopen.exe" "$HERE/holdopen.c"

if [ ! -f "$WINEPREFIX/system.reg" ]; then
  say "creating Wine prefix $WINEPREFIX"
  "$WINE" wineboot --init >"$SMOKE/wineboot.log" 2>&1 || {
    cat "$SMOKE/wineboot.log" >&2
    fail "wineboot could not create the prefix"
  }
  "$WINESERVER" -w
fi
cp "$SMOKE/bin/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"
ok "Wine $("$WINE" --version 2>/dev/null || echo '?') prefix ready, stand-in bcryptprimitives.dll (ProcessPrng) installed"

# The Linux build to compare with (same sources, debug is fine: same output).
cargo build --locked --quiet --bin daihoi
LINUX_BIN="$ROOT/target/debug/daihoi"

# ---------------------------------------------------------- 1. the .exe ----
python3 "$HERE/pe_check.py" "$EXE" >"$RUN/pe.txt" || { cat "$RUN/pe.txt" >&2; fail "$EXE is not what it should be"; }
bytes=$(stat -c %s "$EXE")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
[ "$bytes" -le $((LIMIT_MB * 1048576)) ] || fail "$EXE is $mb MB, over $LIMIT_MB MB"
ok "daihoi.exe: $mb MB; $(tr '\n' ';' <"$RUN/pe.txt" | sed 's/;$//; s/;/; /g')"

# ------------------------------------------------------------- 2. demo -----
# Vietnamese letters (NFC) and spaces in every level that daihoi creates.
LDIR="$RUN/linux/Hồ sơ đại hội/Phường Ngọc Sơn"
WDIR="$RUN/windows/Hồ sơ đại hội/Phường Ngọc Sơn"
mkdir -p "$(dirname "$LDIR")" "$(dirname "$WDIR")"
WDIR_W=$(winpath "$WDIR")

lin "$RUN/l-demo" demo "$LDIR"
win "$RUN/w-demo" demo "$WDIR_W"
[ "$(cat "$RUN/l-demo.code")" = 0 ] || { cat "$RUN/l-demo.err" >&2; fail "Linux demo failed"; }
[ "$(cat "$RUN/w-demo.code")" = 0 ] || { cat "$RUN/w-demo.err" >&2; fail "daihoi.exe demo \"$WDIR_W\" exited $(cat "$RUN/w-demo.code")"; }
grep -qF "$WDIR_W" "$RUN/w-demo.out" ||
  fail "daihoi.exe demo did not print the folder \"$WDIR_W\" (got: $(cat "$RUN/w-demo.out"))"
(cd "$LDIR" && find . -type f | LC_ALL=C sort) >"$RUN/l-files.txt"
(cd "$WDIR" && find . -type f | LC_ALL=C sort) >"$RUN/w-files.txt"
same_file "$RUN/l-files.txt" "$RUN/w-files.txt" "demo wrote different files on Windows"
while IFS= read -r f; do
  same_file "$LDIR/$f" "$WDIR/$f" "demo: $f differs between Linux and Windows"
done <"$RUN/l-files.txt"
ok "demo \"$WDIR_W\": $(wc -l <"$RUN/w-files.txt") files, byte-identical to Linux; printed: $(head -1 "$RUN/w-demo.out")"

# ------------------------------------------------------------ 3. check -----
lin "$RUN/l-check" check --workspace "$LDIR"
win "$RUN/w-check" check --workspace "$WDIR_W"
same_file "$RUN/l-check.out" "$RUN/w-check.out" "check prints differently on Windows"
same_file "$RUN/l-check.code" "$RUN/w-check.code" "check exit code differs on Windows"
[ -s "$RUN/w-check.out" ] || fail "daihoi.exe check printed nothing (console not attached?)"
ok "check --workspace: same $(wc -l <"$RUN/w-check.out") lines and exit code $(cat "$RUN/w-check.code") as Linux; last line: $(tail -1 "$RUN/w-check.out")"

win "$RUN/w-usage" check
[ "$(cat "$RUN/w-usage.code")" = 2 ] || fail "daihoi.exe check without --workspace exited $(cat "$RUN/w-usage.code"), expected 2"
lin "$RUN/l-usage" check
same_file "$RUN/l-usage.err" "$RUN/w-usage.err" "usage message differs on Windows"
NOWS="$RUN/windows/Không có hồ sơ"
win "$RUN/w-nows" check --workspace "$(winpath "$NOWS")"
[ "$(cat "$RUN/w-nows.code")" = 1 ] || fail "check on a missing folder exited $(cat "$RUN/w-nows.code"), expected 1"
grep -qF "Không có hồ sơ" "$RUN/w-nows.out" "$RUN/w-nows.err" ||
  fail "check on a missing folder did not name it: $(cat "$RUN/w-nows.out" "$RUN/w-nows.err")"
ok "errors: no --workspace → exit 2 with the same message as Linux; missing folder → exit 1: $(cat "$RUN/w-nows.out" "$RUN/w-nows.err" | grep -F 'Không có hồ sơ' | head -1)"

# ----------------------------------------------------------- 4. render -----
if "$LINUX_BIN" render --help >/dev/null 2>&1; then
  LOUT="$RUN/linux/Văn bản đã xuất"
  WOUT="$RUN/windows/Văn bản đã xuất"
  lin "$RUN/l-render" render --workspace "$LDIR" --all --out "$LOUT"
  win "$RUN/w-render" render --workspace "$WDIR_W" --all --out "$(winpath "$WOUT")"
  [ "$(cat "$RUN/l-render.code")" = 0 ] || { cat "$RUN/l-render.err" >&2; fail "Linux render --all failed"; }
  [ "$(cat "$RUN/w-render.code")" = 0 ] || { cat "$RUN/w-render.err" >&2; fail "daihoi.exe render --all exited $(cat "$RUN/w-render.code")"; }
  python3 "$HERE/docx_text.py" "$LOUT" >"$RUN/l-docs.txt" || fail "Linux documents: $(tail -1 "$RUN/l-docs.txt")"
  python3 "$HERE/docx_text.py" "$WOUT" >"$RUN/w-docs.txt" || fail "Windows documents are not valid .docx"
  same_file "$RUN/l-docs.txt" "$RUN/w-docs.txt" "render --all: documents differ between Linux and Windows"
  ndocs=$(grep -c '^=== ' "$RUN/w-docs.txt")
  python3 "$HERE/win_names.py" "$WOUT" || fail "render wrote file names Windows cannot hold"

  ok "render --all: $ndocs .docx files, valid zips, same names, text and parts (byte for byte) as Linux, names legal on Windows"

  # The ward roll-up report.
  mkdir -p "$RUN/linux/Báo cáo phường" "$RUN/windows/Báo cáo phường"
  lin "$RUN/l-report" report --workspace "$LDIR" --out "$RUN/linux/Báo cáo phường/Báo cáo tổng hợp.docx"
  win "$RUN/w-report" report --workspace "$WDIR_W" --out "$(winpath "$RUN/windows/Báo cáo phường/Báo cáo tổng hợp.docx")"
  same_file "$RUN/l-report.code" "$RUN/w-report.code" "report exit code differs on Windows ($(cat "$RUN/w-report.err"))"
  [ "$(cat "$RUN/w-report.code")" = 0 ] || fail "daihoi.exe report exited $(cat "$RUN/w-report.code"): $(cat "$RUN/w-report.err")"
  python3 "$HERE/docx_text.py" "$RUN/linux/Báo cáo phường" >"$RUN/l-report.txt" || fail "Linux report is not a valid .docx"
  python3 "$HERE/docx_text.py" "$RUN/windows/Báo cáo phường" >"$RUN/w-report.txt" || fail "Windows report is not a valid .docx"
  same_file "$RUN/l-report.txt" "$RUN/w-report.txt" "report: the ward roll-up differs between Linux and Windows"
  ok "report --out \"…\\Báo cáo phường\\Báo cáo tổng hợp.docx\": same document as Linux ($(grep -vc '^\[part\]\|^===' "$RUN/w-report.txt") lines of text)"

  # A document held open the way Word holds it: after an edit that changes
  # every document, rendering again must fail with exit 1 and a message
  # naming that file, leave it untouched, and still write the others.
  held_rel=$(sed -n '0,/^=== /s/^=== //p' "$RUN/w-docs.txt")
  other_rel=$(sed -n 's/^=== //p' "$RUN/w-docs.txt" | sed -n 2p)
  held="$WOUT/$held_rel"
  other="$WOUT/$other_rel"
  held_sum=$(sha256sum "$held" | cut -d' ' -f1)
  other_sum=$(sha256sum "$other" | cut -d' ' -f1)
  grep -q '^  place: "' "$WDIR/ward.ron" || fail "ward.ron of the demo has no 'place:' line to edit"
  sed -i 's/^  place: "\(.*\)",$/  place: "\1 mới",/' "$WDIR/ward.ron"
  rm -f "$RUN/ready" "$RUN/release"
  "$WINE" "$SMOKE/bin/holdopen.exe" "$(winpath "$held")" "$(winpath "$RUN/ready")" \
    "$(winpath "$RUN/release")" 120 >"$RUN/hold.log" 2>&1 &
  holder=$!
  for _ in $(seq 300); do [ -f "$RUN/ready" ] && break; sleep 0.1; done
  [ -f "$RUN/ready" ] || fail "holdopen.exe did not open $held: $(cat "$RUN/hold.log")"
  win "$RUN/w-locked" render --workspace "$WDIR_W" --all --out "$(winpath "$WOUT")"
  touch "$RUN/release"
  wait "$holder" || true
  [ "$(cat "$RUN/w-locked.code")" = 1 ] ||
    fail "render over a document open in Word exited $(cat "$RUN/w-locked.code"), expected 1 (stderr: $(cat "$RUN/w-locked.err"))"
  held_name=$(basename "$held_rel")
  grep -qF "$held_name" "$RUN/w-locked.err" ||
    fail "render over an open document did not name $held_name: $(cat "$RUN/w-locked.err")"
  [ "$(sha256sum "$held" | cut -d' ' -f1)" = "$held_sum" ] || fail "the document held open was changed"
  [ "$(sha256sum "$other" | cut -d' ' -f1)" != "$other_sum" ] ||
    fail "after the edit, $other_rel was not rewritten (the other documents must still be written)"
  leftovers=$(find "$WOUT" -name '*.tmp' | wc -l)
  [ "$leftovers" = 0 ] || fail "render left $leftovers temporary files in the output folder"
  ok "document open in Word: exit 1, file untouched, others rewritten, no temp files left; message: $(grep -hF "$held_name" "$RUN/w-locked.err" | head -1)"
else
  fail "the Linux build has no 'render' command"
fi

# -------------------------------------------------------------- 5. GUI -----
if command -v xvfb-run >/dev/null && command -v import >/dev/null; then
  # Wine names the profile folder after the Linux user; take the one it made.
  profile=$(find "$WINEPREFIX/drive_c/users" -mindepth 1 -maxdepth 1 -type d ! -name Public | head -1)
  [ -n "$profile" ] || fail "the Wine prefix has no user profile folder"
  appdata="$profile/AppData/Roaming"
  default_ws="$appdata/daihoi/daihoi/data/ho-so"
  rm -rf "$appdata/daihoi"
  # The wineserver (and its desktop process) left by the CLI runs has no
  # display; the window would go nowhere. Start afresh under Xvfb.
  "$WINESERVER" -k 2>/dev/null || true
  "$WINESERVER" -w 2>/dev/null || true
  xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
    "$1" "$2" >"$3/gui.out" 2>"$3/gui.err" &
    gui=$!
    # Up to 90 s (a first start in a new prefix is slow): screenshot every
    # 2 s until the demo ward is written and the window has been drawn.
    for _ in $(seq 45); do
      sleep 2
      kill -0 $gui 2>/dev/null || break
      import -window root "$3/gui.png" 2>/dev/null || continue
      [ -f "$4/ward.ron" ] && [ "$(identify -format %k "$3/gui.png")" -gt 50 ] && break
    done
    if kill -0 $gui 2>/dev/null; then echo running >"$3/gui.state"; else echo exited >"$3/gui.state"; fi
    "$5" -k
    wait $gui 2>/dev/null || true
  ' _ "$WINE" "$EXE" "$RUN" "$default_ws" "$WINESERVER"
  [ -f "$default_ws/ward.ron" ] ||
    fail "the GUI did not create the default workspace in %APPDATA% ($default_ws); stderr: $(cat "$RUN/gui.err")"
  [ "$(cat "$RUN/gui.state")" = running ] ||
    fail "the GUI exited by itself: $(cat "$RUN/gui.err")"
  colours=$(identify -format '%k' "$RUN/gui.png" 2>/dev/null || echo 0)
  [ "$colours" -gt 50 ] || fail "the GUI screenshot is blank ($colours colours): $RUN/gui.png"
  ok "GUI: window open after start, demo ward written to %APPDATA%\\daihoi\\daihoi\\data\\ho-so, screenshot $RUN/gui.png ($colours colours)"
else
  missing "GUI check needs xvfb-run and ImageMagick's import"
fi

say "PASS  all checks in $(($(date +%s) - start)) s"
