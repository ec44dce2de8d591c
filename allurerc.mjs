// Allure 3 report settings: one self-contained HTML file, so the report opens from file:// and can
// be handed over as a single artifact.
import { defineConfig } from 'allure';

export default defineConfig({
  name: 'VBS show backup share conformance',
  output: './allure-report',
  plugins: {
    awesome: {
      options: {
        singleFile: true,
        reportLanguage: 'en',
        reportName: 'VBS show backup share conformance',
        groupBy: ['epic', 'feature', 'story'],
      },
    },
  },
});
