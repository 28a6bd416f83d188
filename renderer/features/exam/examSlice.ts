// Exam state: the attempt in progress (as main presents it: no keys), its report, and past attempts.
// Every answer goes to main at once, so a reload resumes the attempt. DOM only.
import type { ExamReport, ExamSummary, ExamView } from '../../../core/api/quiz';
import { api } from '../../api';
import type { SliceCreator } from '../../store';

export interface ExamSlice {
  exam: ExamView | undefined;
  /** Local clock minus main's clock when the view arrived, so the timer follows main. */
  examClockSkew: number;
  examReport: ExamReport | undefined;
  examHistory: readonly ExamSummary[] | undefined;
  loadExamHistory(): Promise<void>;
  startExam(size: number, minutes?: number, passPercent?: number): Promise<void>;
  openExam(id: number): Promise<void>;
  answerMc(index: number, selected: number[]): Promise<void>;
  answerDomc(index: number, yes: boolean): Promise<void>;
  flagItem(index: number, flagged: boolean): Promise<void>;
  submitExam(): Promise<void>;
  closeExam(): void;
}

export const createExamSlice: SliceCreator<ExamSlice> = (set, get) => {
  const show = (view: ExamView) => set({ exam: view, examClockSkew: Date.now() - view.now });
  const step = async (work: (id: number) => Promise<ExamView>) => {
    const exam = get().exam;
    if (!exam) return;
    try {
      show(await work(exam.id));
    } catch (err) {
      get().reportError(err);
    }
  };
  return {
    exam: undefined,
    examClockSkew: 0,
    examReport: undefined,
    examHistory: undefined,
    async loadExamHistory() {
      try {
        set({ examHistory: await api['exam.list']({}) });
      } catch (err) {
        get().reportError(err);
      }
    },
    async startExam(size, minutes, passPercent) {
      try {
        set({ examReport: undefined });
        show(await api['exam.start']({ size, ...(minutes ? { minutes } : {}), ...(passPercent ? { passPercent } : {}) }));
      } catch (err) {
        get().reportError(err);
      }
    },
    async openExam(id) {
      try {
        const view = await api['exam.get']({ id });
        show(view);
        set({ examReport: view.submitted ? await api['exam.report']({ id }) : undefined });
      } catch (err) {
        get().reportError(err);
      }
    },
    answerMc: (index, selected) => step((id) => api['exam.answerMc']({ id, index, selected })),
    answerDomc: (index, yes) => step((id) => api['exam.answerDomc']({ id, index, yes })),
    flagItem: (index, flagged) => step((id) => api['exam.flag']({ id, index, flagged })),
    async submitExam() {
      const exam = get().exam;
      if (!exam) return;
      try {
        const report = await api['exam.submit']({ id: exam.id });
        set({ examReport: report, exam: { ...exam, submitted: true } });
        await get().loadExamHistory();
      } catch (err) {
        get().reportError(err);
      }
    },
    closeExam() {
      set({ exam: undefined, examReport: undefined });
    },
  };
};
