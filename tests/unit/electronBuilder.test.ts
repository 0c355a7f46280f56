import fs from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = load(fs.readFileSync('electron-builder.yml', 'utf8')) as Record<string, any>;

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own JSON schema", () => {
    const schema = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('catches a broken config (the schema check can fail)', () => {
    const schema = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const validate = new Ajv({ strict: false, allowUnionTypes: true }).compile(schema);
    expect(validate({ ...config, nsis: { ...config.nsis, perMachin: false } })).toBe(false);
  });

  it('installs per user without administrator rights, and builds a portable exe and an AppImage', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.win.target.map((t: { target: string }) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.linux.target.map((t: { target: string }) => t.target)).toEqual(['AppImage']);
  });

  it('unpacks better-sqlite3 from the asar archive and packages the built app', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.files).toContain('out/**');
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    expect(pkg.main).toBe('out/main/main.js');
    expect(fs.existsSync(config.win.icon)).toBe(true);
  });
});

describe('Electron fuses in the packaged app (flipped in the exe itself, so no setting or variable can undo them)', () => {
  it('refuse running the app as plain Node, NODE_OPTIONS and --inspect, so nobody can run their own code as the app', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    });
  });

  it('load the app only from its asar archive and check that archive against the hash built into the exe', () => {
    expect(config.electronFuses).toMatchObject({ onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true });
    // Without the archive, or without the hash electron-builder writes into the exe, the check would stop the app from starting.
    expect(config.asar).toBe(true);
    expect(config.disableAsarIntegrity).not.toBe(true);
  });

  it('encrypt cookies on disk, and give file:// pages no extra powers since the screens come from app://', () => {
    expect(config.electronFuses).toMatchObject({ enableCookieEncryption: true, grantFileProtocolExtraPrivileges: false });
  });

  it('are each a fuse that the @electron/fuses electron-builder flips them with knows, and a misspelt one is refused', async () => {
    const fusesPath = createRequire(require.resolve('app-builder-lib/package.json')).resolve('@electron/fuses');
    const { FuseV1Options } = await import(pathToFileURL(fusesPath).href);
    for (const key of Object.keys(config.electronFuses)) {
      expect(FuseV1Options, key).toHaveProperty(key[0].toUpperCase() + key.slice(1));
    }
    const schema = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const validate = new Ajv({ strict: false, allowUnionTypes: true }).compile(schema);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
  });
});
