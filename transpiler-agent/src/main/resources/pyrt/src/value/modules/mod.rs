//! The standard-library modules translated programs import, implemented in Rust with
//! CPython's results. `import math` calls `import_module("math")` once per import
//! statement; each module is built once per program run and then shared.

pub mod atexit_;
pub mod abc;
pub mod base64;
pub mod args;
pub mod array_;
pub mod array_items;
pub mod argparse;
pub mod argparse_groups;
pub mod argparse_help;
pub mod argparse_match;
pub mod argparse_sub;
pub mod argparse_usage;
pub mod bisect;
pub mod bytesio;
pub mod bytearray;
pub mod calendar;
pub mod calendar_text;
pub mod cmath;
pub mod cmath_fns;
pub mod chainmap;
pub mod collections;
pub mod collections_abc;
pub mod collections_abc_set;
pub mod combinatorics;
pub mod contextlib;
pub mod contextlib_stack;
pub mod copy_;
pub mod counter;
pub mod csv;
pub mod ctypes_;
pub mod csv_dict;
pub mod csv_write;
pub mod dataclasses;
pub mod dataclasses_make;
pub mod dataclasses_initvar;
pub mod decimal;
pub mod decimal_arith;
pub mod decimal_ctx;
pub mod decimal_fmt;
pub mod decimal_num;
pub mod datetime_;
pub mod datetime_date;
pub mod datetime_delta;
pub mod datetime_fmt;
pub mod datetime_time;
pub mod datetime_fromutc;
pub mod deque;
pub mod digest;
pub mod enum_;
pub mod enum_auto;
pub mod enum_flag;
pub mod fractions;
pub mod fractions_fmt;
pub mod functools;
pub mod gamma;
pub mod generic_alias;
pub mod hashlib;
pub mod heapq;
pub mod html;
pub mod html_entities;
pub mod io_file;
pub mod io_file_class;
pub mod io_open;
pub mod io_text;
pub mod io_;
pub mod itertools;
pub mod itertools_shared;
pub mod json;
pub mod json_classes;
pub mod json_decode;
pub mod json_encode;
pub mod logging;
pub mod logging_fmt;
pub mod logging_site;
pub mod local;
pub mod mapping;
pub mod math;
pub mod math_core;
pub mod math_sumprod;
pub mod mt;
pub mod objs;
pub mod struct_seq;
pub mod operator;
pub mod os_;
pub mod os_fs;
pub mod os_stat;
pub mod os_environ;
pub mod pathlib_;
pub mod pprint;
pub mod pprint_fmt;
pub mod pprint_text;
pub mod queue;
pub mod random;
pub mod rational;
pub mod re;
pub mod regex;
pub mod regex_parse;
pub mod string_;
pub mod struct_;
pub mod stringio;
pub mod statistics;
pub mod statistics_means;
pub mod statistics_pairs;
pub mod sys;
pub mod textwrap;
pub mod traceback_;
pub mod textwrap_lines;
pub mod time_;
pub mod time_struct;
pub mod types_;
pub mod typing;
pub mod typing_classes;
pub mod typing_hints;
pub mod typing_vars;

use crate::exc::PyResult;
use crate::value::{Module, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The modules the runtime provides, each with the function that builds it.
const MODULES: &[(&str, fn() -> Module)] = &[
    ("math", math::build),
    ("cmath", cmath::build),
    ("random", random::build),
    ("collections", collections::build),
    ("collections.abc", collections_abc::build),
    ("itertools", itertools::build),
    ("functools", functools::build),
    ("string", string_::build),
    ("copy", copy_::build),
    ("re", re::build),
    ("heapq", heapq::build),
    ("html", html::build),
    ("bisect", bisect::build),
    ("hashlib", hashlib::build),
    ("operator", operator::build),
    ("sys", sys::build),
    ("typing", typing::build),
    ("types", types_::build),
    ("dataclasses", dataclasses::build),
    ("enum", enum_::build),
    ("abc", abc::build),
    ("json", json::build),
    ("io", io_::build),
    ("csv", csv::build),
    ("textwrap", textwrap::build),
    ("traceback", traceback_::build),
    ("time", time_::build),
    ("os", os_::build),
    ("os.path", os_::build_path),
    ("posixpath", os_::build_path),
    ("pathlib", pathlib_::build),
    ("fractions", fractions::build),
    ("decimal", decimal::build),
    ("statistics", statistics::build),
    ("datetime", datetime_::build),
    ("contextlib", contextlib::build),
    ("pprint", pprint::build),
    ("queue", queue::build),
    ("base64", base64::build),
    ("logging", logging::build),
    ("argparse", argparse::build),
    ("atexit", atexit_::build),
    ("struct", struct_::build),
    ("binascii", base64::build_binascii),
    ("calendar", calendar::build),
    ("array", array_::build),
    ("ctypes", ctypes_::build),
];

thread_local! {
    /// `sys.modules`: every module imported so far, by name.
    pub(crate) static LOADED: RefCell<Vec<(&'static str, Value)>> = RefCell::new(Vec::new());
}

/// Names of the modules `import_module` can give (the transpiler refuses others).
pub fn names() -> Vec<&'static str> {
    MODULES.iter().map(|(name, _)| *name).collect()
}

/// `import name`: the module object (`ModuleNotFoundError: No module named 'x'` otherwise).
/// The program's own modules come first, as the script's directory comes first on `sys.path`
/// (the translator leaves out the files CPython would not import, like a local `os.py`).
pub fn import_module(name: &str) -> PyResult<Value> {
    if let Some(found) = LOADED.with(|l| l.borrow().iter().find(|(n, _)| *n == name).map(|(_, m)| m.clone())) {
        return Ok(found);
    }
    if let Some(m) = local::find(name) {
        return local::load(m);
    }
    let (static_name, build) = match MODULES.iter().find(|(n, _)| *n == name) {
        Some(found) => found,
        None => return local::not_found(name),
    };
    if let Some((parent, child)) = name.rsplit_once('.') {
        // Importing `a.b` makes `b` an attribute of package `a`, as CPython's import does; a
        // package that made its submodule while loading (`os` makes `os.path`) shares it.
        if let Value::Module(p) = import_module(parent)? {
            let made = p.dict.borrow().get_str(child);
            let module = match made {
                Some(m @ Value::Module(_)) => m,
                _ => Value::Module(Rc::new(build())),
            };
            p.dict.borrow_mut().set_str(child, module.clone());
            LOADED.with(|l| l.borrow_mut().push((static_name, module.clone())));
            return Ok(module);
        }
    }
    let module = Value::Module(Rc::new(build()));
    LOADED.with(|l| l.borrow_mut().push((static_name, module.clone())));
    Ok(module)
}
