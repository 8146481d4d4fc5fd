//! Windows resources for daihoi.exe: the application icon
//! (`assets/icon/daihoi.ico`), version information (Explorer's "Details"
//! tab, Task Manager's description) and an application manifest.
//!
//! For `*-windows-gnu` targets the resource script is compiled by mingw's
//! `windres` (`x86_64-w64-mingw32-windres` when cross-building, `windres` on
//! Windows; override with the `WINDRES` environment variable) into a COFF
//! object linked into the binaries only. Other targets need nothing.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

const ICON: &str = "assets/icon/daihoi.ico";
const MANIFEST: &str = "assets/icon/daihoi.exe.manifest";

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={ICON}");
    println!("cargo:rerun-if-changed={MANIFEST}");
    println!("cargo:rerun-if-env-changed=WINDRES");

    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    if env::var("CARGO_CFG_TARGET_ENV").as_deref() != Ok("gnu") {
        // MSVC builds would need rc.exe; the project ships the gnu build.
        println!(
            "cargo:warning=daihoi: icon and version resources are only embedded for *-windows-gnu targets"
        );
        return;
    }

    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("set by cargo"));
    let rc = out_dir.join("daihoi.rc");
    let obj = out_dir.join("daihoi-resources.o");
    std::fs::write(&rc, resource_script(&manifest_dir)).expect("write daihoi.rc into OUT_DIR");

    let windres = windres();
    let status = Command::new(&windres)
        // The script is UTF-8 (Vietnamese description).
        .args([
            "--codepage=65001",
            "--input-format=rc",
            "--output-format=coff",
        ])
        .arg("-i")
        .arg(&rc)
        .arg("-o")
        .arg(&obj)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => panic!("{windres} failed ({s}) on {}", rc.display()),
        Err(e) => panic!(
            "cannot run {windres} ({e}); install mingw-w64 binutils \
             (Debian: gcc-mingw-w64-x86-64) or set WINDRES"
        ),
    }
    // A bare object (not a library), so the linker cannot drop it as unused.
    println!("cargo:rustc-link-arg-bins={}", obj.display());
}

/// `windres` for the target: `$WINDRES`, else the mingw-prefixed one when
/// cross-building, else plain `windres`.
fn windres() -> String {
    if let Ok(w) = env::var("WINDRES") {
        return w;
    }
    let arch = env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_else(|_| "x86_64".into());
    let host_is_windows = env::var("HOST").is_ok_and(|h| h.contains("windows"));
    if host_is_windows {
        "windres".into()
    } else {
        format!("{arch}-w64-mingw32-windres")
    }
}

/// The resource script: icon, manifest and version information taken from
/// Cargo.toml (version; description up to its first colon, in Vietnamese).
fn resource_script(manifest_dir: &Path) -> String {
    let version = env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let mut nums = [0u16; 4];
    for (slot, part) in nums.iter_mut().zip(version.split(['.', '-', '+'])) {
        *slot = part.parse().unwrap_or(0);
    }
    let [a, b, c, d] = nums;
    let description = env::var("CARGO_PKG_DESCRIPTION").unwrap_or_default();
    let short = description.split(':').next().unwrap_or_default().trim();
    let name = env::var("CARGO_PKG_NAME").unwrap_or_else(|_| "daihoi".into());

    let icon = rc_path(&manifest_dir.join(ICON));
    let manifest = rc_path(&manifest_dir.join(MANIFEST));
    let strings: String = [
        ("FileDescription", short),
        ("ProductName", name.as_str()),
        ("InternalName", name.as_str()),
        ("OriginalFilename", &format!("{name}.exe")),
        ("FileVersion", version.as_str()),
        ("ProductVersion", version.as_str()),
    ]
    .iter()
    .map(|(key, value)| format!("      VALUE \"{key}\", \"{}\"\n", rc_escape(value)))
    .collect();
    // 24 = RT_MANIFEST, 1 = the manifest Windows reads when starting the .exe;
    // block 042A04B0 = Vietnamese, UTF-16 (1200 = 0x04B0).
    format!(
        r#"#pragma code_page(65001)
1 ICON "{icon}"
1 24 "{manifest}"
1 VERSIONINFO
FILEVERSION {a},{b},{c},{d}
PRODUCTVERSION {a},{b},{c},{d}
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "042A04B0"
    BEGIN
{strings}    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x042A, 1200
  END
END
"#
    )
}

/// A file name inside an .rc string: forward slashes (windres accepts them on
/// every host), quotes escaped.
fn rc_path(p: &Path) -> String {
    rc_escape(&p.to_string_lossy().replace('\\', "/"))
}

fn rc_escape(s: &str) -> String {
    s.replace('"', "\"\"")
}
