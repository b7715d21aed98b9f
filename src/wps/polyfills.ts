/**
 * What ES2019+ the WPS bundles use at run time, for the older Chromium some WPS builds embed (spec/wps.md §4: no
 * source gives the CEF version): core-js's implementations, only where the browser lacks them. Syntax is lowered to
 * ES2017 by the build; this covers the library functions the code calls.
 */
import 'core-js/actual/global-this';
import 'core-js/actual/object/from-entries';
import 'core-js/actual/array/flat';
import 'core-js/actual/array/flat-map';
import 'core-js/actual/string/match-all';
import 'core-js/actual/string/replace-all';
import 'core-js/actual/array/at';
import 'core-js/actual/object/has-own';
import 'core-js/actual/promise/all-settled';
