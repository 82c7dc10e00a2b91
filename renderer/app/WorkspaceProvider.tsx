import {
  createContext,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { DocumentId, ProjectId } from '../../shared/model';
import type { Failure } from '../../shared/model/snapshot';
import { setSetting } from '../../shared/db/settings-repo';
import { getDb, openAppDatabase } from '../data/database';
import { storageFailureKind } from '../../shared/db/storage-errors';
import { reportStorageFailure } from '../data/storage-alerts';
import { ensureSampleStudy } from '../data/sample-study';
import { LAST_PROJECT, startUp } from '../data/start-up';

export type ViewName =
  | 'projects'
  | 'workspace'
  | 'documents'
  | 'codebook'
  | 'cases'
  | 'retrieval'
  | 'search'
  | 'report'
  | 'charts'
  | 'compare'
  | 'analysis'
  | 'exchange'
  | 'memos'
  | 'sharing';

/** The document open in the coding view, and an optional passage to scroll to and flash. */
export interface TranscriptTarget {
  readonly documentId: DocumentId;
  readonly range: { readonly start: number; readonly end: number } | null;
  /** Changes on every request, so asking for the same passage twice scrolls again. */
  readonly nonce: number;
}

export interface Workspace {
  /** False until the last project has been looked up, so the first paint does not flash the list. */
  readonly ready: boolean;
  readonly projectId: ProjectId | null;
  readonly view: ViewName;
  readonly openProject: (id: ProjectId, view?: ViewName) => void;
  readonly closeProject: () => void;
  readonly setView: (view: ViewName) => void;
  /** Imports the sample study if needed and opens it; resolves to the refusal or null. */
  readonly openSample: () => Promise<Failure | null>;
  /** The transcript open in the workspace, or null when none is open yet. */
  readonly transcript: TranscriptTarget | null;
  /** Shows a document in the coding view, scrolled to `range` (UTF-16 offsets) when given. */
  readonly openTranscript: (
    documentId: DocumentId,
    range?: { readonly start: number; readonly end: number } | null,
  ) => void;
  /**
   * "All documents" from the transcript: the workspace's document browser takes the focus (the
   * transcript stays open beside it). The workspace answers each new `browseRequest`.
   */
  readonly closeTranscript: () => void;
  /** Goes up by one on every closeTranscript; 0 until the first. */
  readonly browseRequest: number;
  /**
   * The projects this profile had are gone (data/start-up.ts): nothing was re-created in their
   * place, and the shell says so until a project exists again.
   */
  readonly vanished: boolean;
}

export const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  const [projectId, setProjectId] = useState<ProjectId | null>(null);
  const [view, setViewState] = useState<ViewName>('projects');
  // Once the researcher has chosen a view, start-up (which finishes later) must not move them.
  const chosen = useRef(false);
  const setView = useCallback((next: ViewName) => {
    chosen.current = true;
    setViewState(next);
  }, []);
  const [transcript, setTranscript] = useState<TranscriptTarget | null>(null);
  const [vanished, setVanished] = useState(false);
  const [browseRequest, setBrowseRequest] = useState(0);

  // The app reopens the last project (a researcher comes back to where they were).
  useEffect(() => {
    let cancelled = false;
    let refused = false;
    void (async () => {
      try {
        // A database from a newer Mazmun is refused before anything reads or writes it.
        const opened = await openAppDatabase();
        if (!opened.ok) {
          refused = true;
          reportStorageFailure(opened.kind === 'newer' ? 'version' : 'other', opened);
          return;
        }
        const start = await startUp(opened.data);
        if (cancelled) return;
        if (start.kind === 'vanished') setVanished(true);
        if (start.kind === 'project') {
          setProjectId(start.projectId);
          // The sample study's first launch shows its report (the published table it reproduces);
          // any other project opens where coding happens.
          if (!chosen.current) setViewState(start.sample ? 'report' : 'workspace');
        }
      } catch (e) {
        reportStorageFailure(storageFailureKind(e), e instanceof Error ? e.message : String(e));
      } finally {
        if (!cancelled && !refused) setReady(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  const openProject = useCallback(
    (id: ProjectId, next: ViewName = 'workspace') => {
      setProjectId(id);
      setTranscript(null);
      setView(next);
      void setSetting(getDb(), LAST_PROJECT, id);
    },
    [setView],
  );

  const closeProject = useCallback(() => {
    setProjectId(null);
    setTranscript(null);
    setView('projects');
    void setSetting(getDb(), LAST_PROJECT, null);
  }, [setView]);

  const openSample = useCallback(async () => {
    const sample = await ensureSampleStudy(getDb());
    if (!sample.ok) return sample;
    setVanished(false);
    openProject(sample.data, 'report');
    return null;
  }, [openProject]);

  const openTranscript = useCallback<Workspace['openTranscript']>(
    (documentId, range = null) => {
      setTranscript((prev) => ({ documentId, range, nonce: (prev?.nonce ?? 0) + 1 }));
      setView('workspace');
    },
    [setView],
  );
  // "All documents" from a transcript stays in the workspace: its document browser lists them, and
  // leaving for the Documents view lost the researcher's place and dropped focus on <body>.
  const closeTranscript = useCallback(() => {
    setView('workspace');
    setBrowseRequest((n) => n + 1);
  }, [setView]);

  const value = useMemo<Workspace>(
    () => ({
      ready,
      projectId,
      view,
      openProject,
      closeProject,
      setView,
      openSample,
      transcript,
      openTranscript,
      closeTranscript,
      browseRequest,
      vanished,
    }),
    [
      ready,
      projectId,
      view,
      setView,
      openProject,
      closeProject,
      openSample,
      transcript,
      openTranscript,
      closeTranscript,
      browseRequest,
      vanished,
    ],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}
