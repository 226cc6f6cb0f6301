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
        // `sys.exit(code)` leaves quietly with its status (a non-int code is printed).
        if err.type_name == "SystemExit" {
            let (status, text) = crate::value::exception::system_exit_status(&err);
            if let Some(text) = text {
                let _ = writeln!(e, "{}", text);
            }
            let _ = e.flush();
            std::process::exit(status);
        }
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

/// CPython's default `sys.getrecursionlimit()`: frames in use, the module's included.
pub const RECURSION_LIMIT: u32 = 1000;

thread_local! {
    static DEPTH: std::cell::Cell<u32> = std::cell::Cell::new(1);
    static LIMIT: std::cell::Cell<u32> = std::cell::Cell::new(RECURSION_LIMIT);
}

/// `sys.setrecursionlimit(n)`. A limit far above CPython's default can exhaust the native
/// stack first; that stops the program (a trap), it never prints something else.
pub fn set_recursion_limit(n: u32) {
    LIMIT.with(|l| l.set(n));
}

/// `sys.getrecursionlimit()`.
pub fn recursion_limit() -> u32 {
    LIMIT.with(|l| l.get())
}

/// One Python function frame; dropping it leaves the frame.
pub struct Frame(());

impl Drop for Frame {
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(d.get() - 1));
    }
}

/// Enters a Python function. Deep recursion raises `RecursionError` where CPython would,
/// instead of running on (or overflowing the Rust stack) where CPython stops.
pub fn enter() -> PyResult<Frame> {
    DEPTH.with(|d| {
        if d.get() >= recursion_limit() {
            return Err(crate::exc::PyErr::new("RecursionError", "maximum recursion depth exceeded"));
        }
        d.set(d.get() + 1);
        Ok(Frame(()))
    })
}

/// A module-level variable that functions read: Python looks it up when the function runs,
/// so it lives in a slot rather than in a local of the module body.
pub type Global<T> = std::thread::LocalKey<std::cell::RefCell<Option<T>>>;

/// Reads a module-level variable (`NameError` before its first assignment).
pub fn global<T: Clone>(slot: &'static Global<T>, name: &str) -> PyResult<T> {
    slot.with(|cell| match &*cell.borrow() {
        Some(value) => Ok(value.clone()),
        None => Err(crate::exc::PyErr::name_error(name)),
    })
}

/// Assigns a module-level variable.
pub fn set_global<T>(slot: &'static Global<T>, value: T) {
    slot.with(|cell| *cell.borrow_mut() = Some(value));
}
