/**
 * Size of the conformance suite, in tests, as the end-to-end self-tests expect it. Adding or
 * removing a conformance test means updating SUITE_TESTS here, and nowhere else.
 */
export const SUITE_TESTS = 22;

/** The 405 probes that use PUT, PATCH and POST, skipped against a real target by default. */
export const UNSAFE_METHOD_PROBES = 3;

/** Closing line of a read-only run against a healthy target. */
export const READ_ONLY_SUMMARY = `${SUITE_TESTS - UNSAFE_METHOD_PROBES} passed, 0 failed, ${UNSAFE_METHOD_PROBES} skipped`;

/** Closing line of a run with every probe sent to a healthy target. */
export const FULL_SUMMARY = `${SUITE_TESTS} passed, 0 failed, 0 skipped`;
