//! The program entry: runs the module body and turns an uncaught exception into CPython's
//! exit behaviour (traceback header and `Type: message` on stderr, exit status 1).

use crate::exc::PyResult;
use std::io::Write;

/// Runs `body` (the translated module) and exits the process as CPython would.
pub fn run_main(script: &str, body: fn() -> PyResult<()>) {
    let result = body();
    crate::io::flush();
    if let Err(err) = result {
        let stderr = std::io::stderr();
        let mut e = stderr.lock();
        let _ = writeln!(e, "Traceback (most recent call last):");
        let _ = writeln!(e, "  File \"{}\", in <module>", script);
        let _ = writeln!(e, "{}", err);
        let _ = e.flush();
        std::process::exit(1);
    }
}

/// Reads a variable that may not have been assigned yet on every path (Python raises
/// `UnboundLocalError` in a function, `NameError` at module level).
pub fn bound<'a, T>(slot: &'a Option<T>, name: &str, in_function: bool) -> PyResult<&'a T> {
    match slot {
        Some(value) => Ok(value),
        None if in_function => Err(crate::exc::PyErr::unbound_local(name)),
        None => Err(crate::exc::PyErr::name_error(name)),
    }
}
