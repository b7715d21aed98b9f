/**
 * A workbook whose structure is protected (审阅 → 保护工作簿, as some 财政 templates come) refuses to add, delete,
 * rename, hide or move sheets, in Excel and in WPS. 生成自评表 adds a sheet, 标注 adds the hidden record of its marks
 * (without which they could not be cleared) and 清除标注 deletes that record: each asks first and, when the structure
 * is protected, changes nothing and says so, with the way out, instead of failing half-way on the host's refusal.
 */
import { JxError } from '../model/errors';

export type StructureAction = 'generate' | 'mark' | 'clear';

export function structureProtected(action: StructureAction, sheet = ''): JxError {
  const text = {
    generate: {
      'zh-CN': `工作簿的结构受保护（审阅 → 保护工作簿），无法新建工作表“${sheet}”。请先撤销工作簿保护（审阅 → 保护工作簿，有密码时输入密码），再生成；工作簿未作任何改动。`,
      'en-US': `The workbook's structure is protected (Review → Protect Workbook), so the sheet "${sheet}" cannot be added. Unprotect the workbook (Review → Protect Workbook, with its password if it has one) and generate again; nothing was changed.`,
    },
    mark: {
      'zh-CN': '工作簿的结构受保护（审阅 → 保护工作簿）：标注要新建一张隐藏的记录表（清除标注时据以还原），无法进行。请先撤销工作簿保护（审阅 → 保护工作簿，有密码时输入密码），再标注；未作任何标注。',
      'en-US': "The workbook's structure is protected (Review → Protect Workbook): marking adds a hidden sheet recording the marks, so that they can be cleared, which the protection refuses. Unprotect the workbook (Review → Protect Workbook, with its password if it has one) and mark again; nothing was marked.",
    },
    clear: {
      'zh-CN': '工作簿的结构受保护（审阅 → 保护工作簿）：清除标注后要删除其隐藏的记录表，无法进行。请先撤销工作簿保护（审阅 → 保护工作簿，有密码时输入密码），再清除标注；标注均未清除。',
      'en-US': "The workbook's structure is protected (Review → Protect Workbook): clearing the marks deletes the hidden sheet recording them, which the protection refuses. Unprotect the workbook (Review → Protect Workbook, with its password if it has one) and clear the marks again; no mark was cleared.",
    },
  }[action];
  return new JxError('workbookProtected', text);
}
