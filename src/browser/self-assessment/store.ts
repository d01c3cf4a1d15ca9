/**
 * The self-assessment's one place on the device (localStorage). Each change re-reads what is saved, applies
 * itself and writes back, so two open tabs never undo each other. Saved data that cannot be read (damaged,
 * or from a newer version of the site) is never overwritten: the page says so and only "Clear all" or an
 * import (after asking) replaces it.
 */
import {
  STORAGE_KEY,
  emptyDocument,
  readDocument,
  storedMessage,
  type FrameworkInfo,
  type SavedDocument,
} from '../../core/self-assessment/document.ts';

const BLOCKED =
  'This browser is not letting the site save on this device (it may be in private browsing, or storage may be turned off or full). Export your answers to a file before you close the page, or they will be lost.';

export interface Store {
  /** What is saved now, or an empty document. */
  read(): SavedDocument;
  /** Set while saved data cannot be read: the message to show. Nothing is written then. */
  locked(): string | undefined;
  /** Applies a change to what is saved now, and saves it. */
  update(change: (doc: SavedDocument) => void): SavedDocument;
  /** Replaces everything (an import the person agreed to). */
  replace(doc: SavedDocument): void;
  clear(): void;
  /** The saved text exactly as stored, for rescuing data that cannot be read. */
  raw(): string | null;
}

export function openStore(framework: FrameworkInfo, problem: (message: string) => void): Store {
  let lockedBy: string | undefined;
  const raw = (): string | null => {
    try {
      return localStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  };
  const write = (doc: SavedDocument | null): boolean => {
    try {
      if (doc) localStorage.setItem(STORAGE_KEY, JSON.stringify(doc));
      else localStorage.removeItem(STORAGE_KEY);
      return true;
    } catch {
      problem(BLOCKED);
      return false;
    }
  };
  const read = (): SavedDocument => {
    const text = raw();
    lockedBy = undefined;
    if (text !== null) {
      const result = readDocument(text);
      if (result.ok) return result.doc;
      lockedBy = storedMessage(result);
    }
    return emptyDocument(framework, new Date());
  };
  return {
    read,
    raw,
    locked: () => lockedBy,
    update(change) {
      const doc = read();
      if (lockedBy) {
        problem(lockedBy);
        return doc;
      }
      change(doc);
      doc.savedAt = new Date().toISOString();
      doc.framework = { title: framework.title, version: framework.version };
      write(doc);
      return doc;
    },
    replace(doc) {
      if (write(doc)) lockedBy = undefined;
    },
    clear() {
      if (write(null)) lockedBy = undefined;
    },
  };
}

/** The root element carries the framework's title and version, written at build time. */
export function frameworkOf(root: HTMLElement): FrameworkInfo {
  return { title: root.dataset['frameworkTitle'] ?? '', version: root.dataset['frameworkVersion'] ?? '0.0.0' };
}
