//! What code translated with dynamic values imports: `use pyrt::value::prelude::*;`.
//! Every name here is part of the generated-code ABI.

pub use crate::exc::{PyErr, PyResult};
pub use crate::int::Int;
pub use crate::rt::{enter, run_main};
pub use crate::str::Str;
pub use crate::value::attr::{delattr, getattr, setattr};
pub use crate::value::builtins as b;
pub use crate::value::cell::{local_ref, Cell};
pub use crate::value::class::{make_class, make_class_in, super_};
pub use crate::value::compare::{contains, eq, ge, gt, is, le, lt, ne};
pub use crate::value::exception::{assertion_error, caught_as, err_matches, err_value, finally_context, raise, raise_from, with_context};
pub use crate::value::func::{call, call_method, kw, with_annotations, with_doc};
pub use crate::value::{Kwargs, Params};
pub use crate::value::globals::Global;
pub use crate::value::context_manager::{with_enter, with_exit};
pub use crate::value::handled::{handling, handling_err, reraise};
pub use crate::value::iterate::{iterate, next_or, unpack, unpack_star, PyIter};
pub use crate::value::modules::import_module;
pub use crate::value::modules::logging_site::call_method_at;
pub use crate::value::modules::local::{import_from, import_star, in_module, namespace_body, register_program, LocalModule};
pub use crate::value::ops::{
    add, bitand, bitor, bitxor, delitem, floordiv, getitem, iadd, iand, ifloordiv, ilshift, imatmul, imod,
    imul, invert, ior, ipow, irshift, isub, itruediv, ixor, lshift, matmul, modulo, mul, neg, not_, pos, pow,
    py_len, rshift, setitem, sub, truediv, truthy,
};
pub use crate::value::text::{format_value, join_strs, repr_of, str_of};
pub use crate::value::{Flow, Value};
pub use crate::value::modules::typing_hints::register_main_globals;
