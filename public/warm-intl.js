// Started by index.html before the app's code arrives. A page's first Intl formatter loads the
// ICU's locale and time-zone data, ~50 ms of a main thread on a fast machine; that data is shared by
// the whole page process, so loading it here, on a worker's thread, spares the app's first render
// (quality P2: total blocking time).
Intl.DateTimeFormat().resolvedOptions();
new Intl.NumberFormat().format(1);
close();
