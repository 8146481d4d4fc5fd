//! Start-up of the real app at province scale: time to the first frame and
//! to the last branch read, and memory (RSS) once started. The release
//! binary runs under its own Xvfb on a workspace of `daihoi demo DIR
//! --branches N`; it prints when its first frame is drawn and when every
//! branch is in (`daihoi::ui::startup`), and the bench reads its RSS from
//! /proc two seconds after that.
//!
//! ```text
//! cargo bench --bench startup
//! DAIHOI_BENCH_BRANCHES=2912   workspace size (default 2912)
//! DAIHOI_BENCH_RUNS=3          starts measured (default 3; the median is reported)
//! DAIHOI_BENCH_WORKSPACE=DIR   use this workspace (made there once if missing)
//! DAIHOI_BIN=PATH              measure another build of daihoi
//! ```
//!
//! Linux only (Xvfb, /proc). Targets: first frame ≤ 0.5 s, RSS ≤ 150 MB.
//! Under Xvfb, OpenGL is Mesa's software renderer (llvmpipe), whose
//! libLLVM pages count in the RSS; the bench prints that share apart.

use daihoi::ui::startup::{FIRST_FRAME, LOADED, REPORT_VAR};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// Start Xvfb on a free display; the display name.
fn start_xvfb() -> Option<(Killed, String)> {
    let mut xvfb = Command::new("Xvfb")
        .args(["-displayfd", "1", "-screen", "0", "1280x800x24"])
        .args(["-nolisten", "tcp"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut line = String::new();
    BufReader::new(xvfb.stdout.take()?)
        .read_line(&mut line)
        .ok()?;
    Some((Killed(xvfb), format!(":{}", line.trim())))
}

/// Resident memory of `pid` in kB: (VmRSS, VmHWM, the software GL
/// driver's share: libLLVM and the Mesa DRI driver).
fn memory(pid: u32) -> (u64, u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    let smaps = std::fs::read_to_string(format!("/proc/{pid}/smaps")).unwrap_or_default();
    let mut gl = 0;
    let mut in_gl = false;
    for line in smaps.lines() {
        let first = line.split_whitespace().next().unwrap_or("");
        if first.contains('-') && first.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            in_gl = line.contains("libLLVM") || line.contains("/dri/");
        } else if in_gl && line.starts_with("Rss:") {
            gl += line
                .split_whitespace()
                .nth(1)
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(0);
        }
    }
    (field("VmRSS:"), field("VmHWM:"), gl)
}

struct Run {
    /// Spawn to the first frame, as the bench saw it / as the app measured it.
    first_frame: Duration,
    first_frame_in_app_ms: f64,
    loaded: Duration,
    branches: usize,
    rss_kb: u64,
    hwm_kb: u64,
    gl_kb: u64,
}

fn measure(bin: &Path, ws: &Path, display: &str) -> Result<Run, String> {
    let home = tempfile::tempdir().map_err(|e| e.to_string())?;
    let start = Instant::now();
    let child = Command::new(bin)
        .arg("--workspace")
        .arg(ws)
        .env("DISPLAY", display)
        .env_remove("WAYLAND_DISPLAY")
        .env(REPORT_VAR, "1")
        // A fresh profile: no window state or last workspace of another run.
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{}: {e}", bin.display()))?;
    let mut child = Killed(child);
    let stderr = child.0.stderr.take().ok_or("no stderr")?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send((Instant::now(), line)).is_err() {
                break;
            }
        }
    });
    let wait_for = |prefix: &str, limit: Duration| -> Result<(Instant, String), String> {
        loop {
            match rx.recv_timeout(limit) {
                Ok((at, line)) if line.starts_with(prefix) => {
                    return Ok((at, line[prefix.len()..].to_string()));
                }
                Ok(_) => {}
                Err(_) => return Err(format!("no line {prefix:?} within {limit:?}")),
            }
        }
    };
    let (at, rest) = wait_for(FIRST_FRAME, Duration::from_secs(60))?;
    let first_frame = at - start;
    let first_frame_in_app_ms = rest
        .split_whitespace()
        .next()
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::NAN);
    let (at, rest) = wait_for(LOADED, Duration::from_secs(600))?;
    let loaded = at - start;
    let branches = rest
        .split("branches=")
        .nth(1)
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    // A few frames after the last branch came in.
    std::thread::sleep(Duration::from_secs(2));
    let (rss_kb, hwm_kb, gl_kb) = memory(child.0.id());
    Ok(Run {
        first_frame,
        first_frame_in_app_ms,
        loaded,
        branches,
        rss_kb,
        hwm_kb,
        gl_kb,
    })
}

fn workspace(n: usize) -> (Option<tempfile::TempDir>, PathBuf) {
    let (keep, dir) = match std::env::var_os("DAIHOI_BENCH_WORKSPACE") {
        Some(d) => (None, PathBuf::from(d)),
        None => {
            let t = tempfile::tempdir().expect("temp dir");
            let d = t.path().join("tinh");
            (Some(t), d)
        }
    };
    if !dir.join("ward.ron").exists() {
        eprintln!("making a workspace of {n} branches in {}", dir.display());
        let (ward, _) = daihoi::demo::demo_ward();
        let branches: Vec<_> = daihoi::demo::demo_branches(n).collect();
        daihoi::store::Workspace::new(&dir)
            .create(&ward, &branches)
            .expect("write the workspace");
    }
    (keep, dir)
}

fn main() {
    // `cargo bench` passes --bench; a filter that is not ours skips this.
    if std::env::args()
        .skip(1)
        .any(|a| !a.starts_with('-') && a != "startup")
    {
        return;
    }
    if !cfg!(target_os = "linux") {
        eprintln!("startup bench: Linux only (Xvfb and /proc)");
        return;
    }
    let n = env_usize("DAIHOI_BENCH_BRANCHES", 2912);
    let runs = env_usize("DAIHOI_BENCH_RUNS", 3).max(1);
    let bin = std::env::var_os("DAIHOI_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_daihoi")));
    let (_keep, ws) = workspace(n);
    println!("startup: {} on {n} branches, {runs} runs", bin.display());
    let mut done = Vec::new();
    for i in 0..runs {
        // A display server of its own for each start: on one server kept
        // for all runs, each start came some 50 ms later than the one before.
        let Some((_xvfb, display)) = start_xvfb() else {
            eprintln!("startup bench: Xvfb is not installed (apt-get install xvfb); skipped");
            return;
        };
        std::thread::sleep(Duration::from_millis(500));
        let before = load_average();
        match measure(&bin, &ws, &display) {
            Ok(r) => {
                println!(
                    "run {}: first frame {:.0} ms (in app {:.0} ms), all {} branches in {:.2} s, \
                     RSS {:.1} MB (peak {:.1} MB; software GL driver {:.1} MB of it), load {before}",
                    i + 1,
                    r.first_frame.as_secs_f64() * 1000.0,
                    r.first_frame_in_app_ms,
                    r.branches,
                    r.loaded.as_secs_f64(),
                    r.rss_kb as f64 / 1024.0,
                    r.hwm_kb as f64 / 1024.0,
                    r.gl_kb as f64 / 1024.0,
                );
                done.push(r);
            }
            Err(e) => println!("run {}: failed: {e}", i + 1),
        }
    }
    if done.is_empty() {
        std::process::exit(1);
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let ff = median(
        done.iter()
            .map(|r| r.first_frame.as_secs_f64() * 1000.0)
            .collect(),
    );
    let loaded = median(done.iter().map(|r| r.loaded.as_secs_f64()).collect());
    let rss = median(done.iter().map(|r| r.rss_kb as f64 / 1024.0).collect());
    let gl = median(done.iter().map(|r| r.gl_kb as f64 / 1024.0).collect());
    println!(
        "startup median: first frame {ff:.0} ms (target ≤ 500), all branches {loaded:.2} s, \
         RSS {rss:.1} MB (target ≤ 150; {:.1} MB without the software GL driver), load now {}",
        rss - gl,
        load_average()
    );
}
