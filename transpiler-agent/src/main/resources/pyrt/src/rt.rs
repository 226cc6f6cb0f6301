//! The program entry: runs the module body and turns an uncaught exception into CPython's
//! exit behaviour (traceback header and `Type: message` on stderr, exit status 1).

use crate::exc::PyResult;
use std::io::Write;

/// The native stack the module body runs on: deep Python recursion (up to the recursion
/// limit, which programs may raise) needs far more than a main thread's 8 MiB. Only
/// address space is reserved; pages are committed as the stack grows.
#[cfg(not(target_arch = "wasm32"))]
const NATIVE_STACK_BYTES: usize = 1 << 30;

/// Runs `body` (the translated module) and exits the process as CPython would.
pub fn run_main(script: &str, body: fn() -> PyResult<()>) {
    crate::value::modules::sys::set_script(script);
    run_and_exit(script, body, crate::value::globals::finalize);
}


/// The program entry both lowerings share: `body` on a big native stack, then exit with
/// CPython's status. Reaches nothing in `pyrt::value` (typed programs must not link it).
/// `finalize` runs after the body, on its thread: what CPython does at interpreter shutdown.
pub(crate) fn run_and_exit(script: &str, body: fn() -> PyResult<()>, finalize: fn()) {
    let run = move |name: &str| {
        let status = finish(name, body());
        finalize();
        crate::io::flush();
        status
    };
    #[cfg(not(target_arch = "wasm32"))]
    let status = {
        let name = script.to_string();
        match std::thread::Builder::new().stack_size(NATIVE_STACK_BYTES).spawn(move || run(&name)) {
            Ok(handle) => handle.join().unwrap_or(101),
            Err(_) => run(script),
        }
    };
    // wasm32-wasi has no threads: its stack size is set at link time (-zstack-size).
    #[cfg(target_arch = "wasm32")]
    let status = run(script);
    std::process::exit(status);
}

/// For programs without module-level objects to free.
pub(crate) fn no_finalizer() {}

/// Flushes stdout and reports an uncaught exception as CPython does; the exit status.
fn finish(script: &str, result: PyResult<()>) -> i32 {
    crate::io::flush();
    let err = match result {
        Ok(()) => return 0,
        Err(err) => err,
    };
    let stderr = std::io::stderr();
    let mut e = stderr.lock();
    // `sys.exit(code)` leaves quietly with its status (a non-int code is printed).
    if err.type_name == "SystemExit" {
        let (status, text) = crate::exc::system_exit_status(&err);
        if let Some(text) = text {
            let _ = writeln!(e, "{}", text);
        }
        let _ = e.flush();
        return status;
    }
    if let Some(report) = err.instance.as_ref().and_then(|obj| obj.group_report(script)) {
        let _ = write!(e, "{}", report);
        let _ = e.flush();
        return 1;
    }
    let _ = writeln!(e, "Traceback (most recent call last):");
    let _ = writeln!(e, "  File \"{}\", in <module>", script);
    let _ = writeln!(e, "{}{}", err, err.hint.unwrap_or(""));
    if let Some(obj) = &err.instance {
        for note in obj.notes() {
            let _ = writeln!(e, "{}", note);
        }
    }
    let _ = e.flush();
    1
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
    static DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
    static LIMIT: std::cell::Cell<u32> = const { std::cell::Cell::new(RECURSION_LIMIT) };
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
    #[inline]
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(d.get() - 1));
    }
}

/// Enters a Python function. Deep recursion raises `RecursionError` where CPython would,
/// instead of running on (or overflowing the Rust stack) where CPython stops.
#[inline]
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
