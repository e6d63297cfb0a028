// Module scripts run in document order, so this mark falls just before the
// bundle's first line runs: the "script start" of the all-elements bench.
performance.mark('mw:script-start');
