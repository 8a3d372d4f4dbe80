// The unit tests run on the app's Vite config: they import the published data through the same
// plugins as the build (virtual:published-negotiations and the rest).
import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
      // Generous limits for a 2-core machine shared with other work; they only matter when something hangs.
      testTimeout: 60_000,
      hookTimeout: 60_000,
      // Schema issues in English, as users see them (the app loads these messages when needed).
      setupFiles: ['src/load/englishMessages.ts'],
      environment: 'node',
      benchmark: { include: ['src/**/*.bench.ts'] },
    },
  }),
)
