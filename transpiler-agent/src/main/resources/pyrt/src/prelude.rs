//! What generated code imports with `use pyrt::prelude::*;`: the value types and the
//! traits whose methods it calls.

pub use crate::exc::{PyErr, PyResult};
pub use crate::int::Int;
pub use crate::list::List;
pub use crate::obj::PyObj;
pub use crate::str::Str;
pub use crate::dict::Dict;
