import v8 from 'node:v8';

/**
 * Each test file starts its own PGlite (a new WebAssembly instance in a new module registry), and
 * V8 optimizes (TurboFan) its hot functions anew every time, in the background, for a database
 * that serves a few hundred queries: most of that CPU never pays off, and two workers on two cores
 * wait for it. Liftoff's baseline code runs the same program, only slower when hot. Set before the
 * file loads PGlite (a setup file), in the worker and in jest's own process alike.
 */
v8.setFlagsFromString('--liftoff-only');
