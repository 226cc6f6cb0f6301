//! The `bisect` module.

use crate::value::Module;

pub fn build() -> Module {
    todo!()
}
