// Prints the module's whole environment, one NAME=VALUE per line: what a module sees of the
// variables granted to it.
fn main() {
    for (name, value) in std::env::vars() {
        println!("{}={}", name, value);
    }
}
