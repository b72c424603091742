// Every chart of @gouvfr/dsfr-chart (its whole-library entry): the size comparison of scripts/bench.mjs.
import '@gouvfr/dsfr-chart';
