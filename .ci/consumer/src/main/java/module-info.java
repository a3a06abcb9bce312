/** An adopter's module: zi-rules, and zi-core through it, on the module path. */
module example.consumer {
  requires io.github.zi4j.rules;
}
