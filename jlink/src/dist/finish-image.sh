#!/usr/bin/env bash
# Finishes the jlink image and packages it; run by `mvn -P dist package` (jlink/pom.xml) right after
# jlink, with TOOLCHAIN_JAVA_HOME set by exec-maven-plugin to the JDK 25 that maven-toolchains-plugin
# selected (Maven itself may run on an older Java).
#
#   finish-image.sh IMAGE MODULES DIST VERSION AOT(train|skip) DEB(build|skip)
#
# 1. JavaFX's native libraries go to IMAGE/lib. jlink left them out of lib/modules (see the pom): from
#    there JavaFX would copy them to ~/.openjfx/cache on every first start; in lib/ the JVM's library
#    path finds them directly.
#    Then the native libraries' symbol tables are stripped (binutils' strip, when installed).
# 2. IMAGE/bin/peerplan: the launcher, for the designer and the CLI, with the VM options it starts fastest with.
# 3. IMAGE/lib/peerplan.aot: an ahead-of-time cache (JDK 25: JEP 483 class loading and linking, JEP 514
#    one-step training, JEP 515 method profiles), trained by opening the designer on the two-DC sample
#    with the start-up probe. It needs a display: $DISPLAY, else xvfb-run; without either the cache is
#    trained on the CLI only (`show`), which still covers the YAML, model and picocli classes.
# 4. DIST/peerplan: jpackage app-image; DIST/peerplan_VERSION_ARCH.deb when dpkg-deb and fakeroot exist.
# Nothing is installed: a missing tool skips its step with a message.
set -euo pipefail

image=$1 modules=$2 dist=$3 version=$4 aot=${5:-train} deb=${6:-build}
: "${TOOLCHAIN_JAVA_HOME:?must be set by exec-maven-plugin from the JDK toolchain}"
jpackage="$TOOLCHAIN_JAVA_HOME/bin/jpackage"
jar="$TOOLCHAIN_JAVA_HOME/bin/jar"
main=peerplan.app/io.peerplan.app.Main
sample=sample:two-dc-anycast
log() { echo "[dist] $*"; }

# 1. JavaFX natives (only the -linux classifier jars carry them).
shopt -s nullglob
for fxjar in "$modules"/javafx-*-linux.jar; do
  libs=$("$jar" tf "$fxjar" | grep -E '^[^/]+\.so$' || true)
  if [ -n "$libs" ]; then # an empty list would extract the whole jar
    # shellcheck disable=SC2086 # one word per library
    (cd "$image/lib" && "$jar" xf "$fxjar" $libs)
  fi
done
log "JavaFX natives in $image/lib: $(cd "$image/lib" && ls libglass*.so libprism*.so libjavafx*.so libdecora*.so 2>/dev/null | tr '\n' ' ')"

# 1b. Native symbol tables: `strip --strip-unneeded` on the image's shared libraries (libjvm.so alone
#     carries 5 MiB of .symtab/.strtab; the JDK ships no separate debug sections, so jlink's
#     --strip-native-debug-symbols, which only drops those, saves nothing here). Crash reports then show
#     libjvm frames as offsets instead of function names. Skipped, with a message, without binutils.
if command -v strip >/dev/null; then
  before=$(du -sk "$image/lib" | cut -f1)
  find "$image/lib" -name '*.so' -exec strip --strip-unneeded {} +
  log "native symbol tables stripped: $(( (before - $(du -sk "$image/lib" | cut -f1)) / 1024 )) MiB saved"
else
  log "strip not found (apt-get install -y binutils): native libraries keep their symbol tables"
fi

# 2. The launcher. readlink -f: it still finds the image when started through a symlink (/usr/local/bin).
# VM options, measured on the designer's cold start (docs/benchmarks.md, "Distribution"):
#   -XX:TieredStopAtLevel=1  C1 only: the start runs through thousands of lukewarm methods, and C1's
#                            code without profiling counters beats tiered compilation's profiling tier
#                            and C2's compile threads on two cores (about 350 ms less to the first
#                            frame; a full simulation of the 5,000-prefix scale topology is ~25% slower);
#   -XX:+UseSerialGC         a desktop heap of tens of MB needs no concurrent collector threads;
#   -XX:+UseTransparentHugePages  the heap is madvise()d for 2 MiB pages: a command that fills a few
#                            hundred MiB of heap takes one page fault per 2 MiB instead of per 4 KiB
#                            (`validate` of the scale topology: ~0.35 s less CPU, most of it system
#                            time); where the kernel has them off (`never`) the JVM keeps 4 KiB pages
#                            and says so on stdout, hence -Xlog:pagesize=off;
#   -XX:MetaspaceSize=128m   the first time class metadata passes MetaspaceSize (21 MiB by default) the
#                            collector runs a full collection: 0.26 s in `simulate --format json` at 10×
#                            the scale topology, whose heap was 200 MiB of live data by then;
#   -XX:NewSize=24m          the young generation starts at 24 MiB instead of a third of the initial heap
#                            (126 MiB of 378 here): a command allocates 100-200 MiB, and each page of young
#                            generation it reaches for the first time is one the kernel zeroes on a fault
#                            (with huge pages, 2 MiB at once); collected within 24 MiB it reuses the same
#                            pages (`validate` of the scale topology ~0.1 s less system time, RSS 200 ->
#                            140 MiB). The serial collector grows the young generation with the old one
#                            after each collection (DefNewGeneration::compute_new_size), so a large heap
#                            still gets a large one: 10x the scale topology ended at 163 MiB, 23 young
#                            collections instead of 31, no slower;
#   -XX:C1MaxInlineSize=20   C1 inlines callees of up to 20 bytes of bytecode instead of 35: a command's
#                            compiler thread is a third of its CPU, and C1 compiles ~30 % fewer bytes
#                            (`export` of the scale topology ~60 ms less CPU, `import` ~80 ms; 10x the
#                            scale topology ~5 % slower, far within its target);
#   -Djdk.reflect.useNativeAccessorOnly=true  Method.invoke and Constructor.newInstance call through
#                            the VM (jdk.internal.reflect.ReflectionFactory, the accessor it used before
#                            JEP 416) instead of a method handle per member: Jackson builds every record
#                            through its constructor and the field-grammar walk reads every accessor, and
#                            each handle spun one or two LambdaForm classes (about 280 per `export` of the
#                            scale topology, with the class-file API to compile for them); 0.2-0.3 s less
#                            CPU per command that loads a large design. A handle would be faster after
#                            thousands of calls per member, which a command never reaches.
# The same options train the AOT cache below: the JVM ignores a cache made with other options;
# -Xlog:...=off keeps that fallback silent (its messages would go to stdout, into CLI output).
vm_options=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:+UseTransparentHugePages -Xlog:pagesize=off -XX:MetaspaceSize=128m
  -XX:NewSize=24m -XX:C1MaxInlineSize=20 -Djdk.reflect.useNativeAccessorOnly=true)
cat > "$image/bin/peerplan" <<LAUNCHER
#!/bin/sh
# Peerplan: \`peerplan [FILE|sample:NAME]\` opens the designer, \`peerplan COMMAND ...\` runs the CLI.
dir=\$(dirname "\$(readlink -f "\$0")")
exec "\$dir/java" ${vm_options[*]} -XX:AOTCache="\$dir/../lib/peerplan.aot" '-Xlog:aot*=off,cds*=off' \\
  -m peerplan.app/io.peerplan.app.Main "\$@"
LAUNCHER
chmod 755 "$image/bin/peerplan"

# 3. AOT cache.
cache="$image/lib/peerplan.aot"
rm -f "$cache"
if [ "$aot" = skip ]; then
  log "AOT cache skipped (-Dpeerplan.aot=skip): the image starts without one"
else
  train=("$image/bin/java" "${vm_options[@]}" "-XX:AOTCacheOutput=$cache" -m "$main")
  # One warning per class that cannot be cached (dynamic proxies, classes left unlinked by the run):
  # dozens of lines, dropped. (picocli's Java 5 classes, which the JVM never caches, are Java 8 ones
  # here: jlink/pom.xml runs app/src/build/UpgradeClassFiles.java on the modules first.)
  quiet() { "$@" 2>&1 | grep -v '\[warning\]\[aot\] Skipping ' || true; }
  if [ -n "${DISPLAY:-}" ]; then
    log "training the AOT cache on the designer (DISPLAY=$DISPLAY)"
    quiet "${train[@]}" --probe-startup "$sample"
  elif command -v xvfb-run >/dev/null; then
    log "training the AOT cache on the designer under xvfb-run"
    quiet xvfb-run -a "${train[@]}" --probe-startup "$sample"
  else
    log "no display and no xvfb-run: training the AOT cache on the CLI only (apt-get install xvfb for the designer)"
    quiet "${train[@]}" show "$sample" >/dev/null
  fi
  if [ -s "$cache" ]; then
    log "AOT cache: $cache ($(du -h "$cache" | cut -f1))"
  else
    log "WARNING: no AOT cache was written; the image starts without one"
  fi
fi

# Smoke test: the image's CLI must run.
"$image/bin/peerplan" samples >/dev/null
log "runtime image: $image ($(du -sh "$image" | cut -f1))"

# 4. Packages. The app-image launcher gets the same VM options as bin/peerplan ($APPDIR = lib/app).
mkdir -p "$dist"
rm -rf "${dist:?}/peerplan"
common=(--name peerplan --app-version "$version" --vendor Peerplan
        --description "Designer, validator, simulator and config generator for MetalLB BGP networks")
"$jpackage" --type app-image "${common[@]}" --dest "$dist" --runtime-image "$image" --module "$main" \
  --java-options "${vm_options[*]}" \
  --java-options '-XX:AOTCache=$APPDIR/../runtime/lib/peerplan.aot' --java-options '-Xlog:aot*=off,cds*=off'
"$dist/peerplan/bin/peerplan" samples >/dev/null
log "app-image: $dist/peerplan ($(du -sh "$dist/peerplan" | cut -f1))"

missing=()
for tool in dpkg-deb fakeroot; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ "$deb" = skip ]; then
  log ".deb skipped (-Dpeerplan.deb=skip)"
elif [ ${#missing[@]} -gt 0 ]; then
  log ".deb skipped: ${missing[*]} not installed (Debian/Ubuntu: apt-get install -y ${missing[*]})"
else
  rm -f "$dist"/peerplan_*.deb
  "$jpackage" --type deb "${common[@]}" --dest "$dist" --app-image "$dist/peerplan" \
    --linux-app-category net --linux-menu-group Network --linux-shortcut \
    --linux-deb-maintainer "peerplan@localhost"
  log ".deb: $(ls "$dist"/peerplan_*.deb) ($(du -h "$dist"/peerplan_*.deb | cut -f1))"
fi
