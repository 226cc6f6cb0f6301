//! The entry of a program translated with static types. It does what `rt::run_main` does
//! (big native stack, buffered stdout flushed at exit, CPython's report of an uncaught
//! exception, exit status 1) without reaching into `pyrt::value`: a typed program never holds
//! a dynamic value, and linking the dynamic runtime would make its WebAssembly module ten times
//! larger, which is what Chicory pays for at every start.

use crate::exc::PyResult;
use std::io::Write;

#[cfg(not(target_arch = "wasm32"))]
const NATIVE_STACK_BYTES: usize = 1 << 30;

/// Runs `body` (the translated module) and exits the process as CPython would.
pub fn run_typed(script: &str, body: fn() -> PyResult<()>) {
    #[cfg(not(target_arch = "wasm32"))]
    let status = {
        let name = script.to_string();
        match std::thread::Builder::new().stack_size(NATIVE_STACK_BYTES).spawn(move || finish(&name, body())) {
            Ok(handle) => handle.join().unwrap_or(101),
            Err(_) => finish(script, body()),
        }
    };
    #[cfg(target_arch = "wasm32")]
    let status = finish(script, body());
    std::process::exit(status);
}

fn finish(script: &str, result: PyResult<()>) -> i32 {
    crate::io::flush();
    let err = match result {
        Ok(()) => return 0,
        Err(err) => err,
    };
    let stderr = std::io::stderr();
    let mut e = stderr.lock();
    // Typed code raises only the exception classes analysis allows, never SystemExit.
    let _ = writeln!(e, "Traceback (most recent call last):");
    let _ = writeln!(e, "  File \"{}\", in <module>", script);
    let _ = writeln!(e, "{}", err);
    let _ = e.flush();
    1
}
