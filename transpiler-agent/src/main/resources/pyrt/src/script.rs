//! The entry of a program translated with static types: `rt::run_main` without recording the
//! script name in the dynamic `sys` module, so that a typed program, which never holds a dynamic
//! value, does not link the dynamic runtime (its WebAssembly module would be ten times larger,
//! which Chicory pays for at every start).

use crate::exc::PyResult;

/// Runs `body` (the translated module) and exits the process as CPython would.
pub fn run_typed(script: &str, body: fn() -> PyResult<()>) {
    crate::rt::run_and_exit(script, body, crate::rt::no_finalizer);
}
