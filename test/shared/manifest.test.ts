import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor, type Manifest } from '../../scripts/build-targets.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const base = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as Manifest;

describe('the manifest', () => {
  it('asks for exactly what the features need, and runs no code uninvited', () => {
    expect(base.permissions).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(base).not.toHaveProperty('host_permissions');
    // Web sites only on request, one site at a time (a link's site, a site to open on by itself).
    expect(base.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(base).not.toHaveProperty('content_scripts');
  });

  it('keeps extension pages to their own scripts and styles; only article images, media and linked pages come from the web', () => {
    const { extension_pages: policy } = base.content_security_policy as { extension_pages: string };
    const directives = new Map(policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'https:', 'http:', 'data:']);
    expect(directives.get('media-src')).toEqual(['https:', 'http:']);
    // Reading a linked page fetches it (with the optional host permission the reader grants).
    expect(directives.get('connect-src')).toEqual(["'self'", 'https:', 'http:']);
    expect(policy).not.toMatch(/unsafe|\*/);
  });

  it('binds the popup and the reader tab to keys', () => {
    const commands = base.commands as Record<string, { suggested_key: { default: string } }>;
    expect(Object.keys(commands)).toEqual(['_execute_action', 'open-reader']);
    expect(commands._execute_action?.suggested_key.default).toBe('Alt+Shift+R');
    expect(commands['open-reader']?.suggested_key.default).toBe('Alt+Shift+P');
  });

  it('gives Chrome a service worker and nothing Firefox-only', () => {
    const chrome = manifestFor(base, 'chrome', '1.2.3');
    expect(chrome.version).toBe('1.2.3');
    expect(chrome.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(chrome).not.toHaveProperty('browser_specific_settings');
  });

  it('gives Firefox background scripts and its add-on id', () => {
    const firefox = manifestFor(base, 'firefox', '1.2.3');
    expect(firefox.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: 'plainpage@plainpage.dev', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    });
  });
});
