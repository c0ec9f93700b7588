/**
 * Thai strings that Decap CMS 3.16's own Thai interface (decap-cms-locales 3.8.2) lacks: it has 212
 * of the 248, and a missing one shows in English. Laid over the built-in Thai by src/cms/admin.ts;
 * tests/unit/cms/thai-interface.test.ts fails if an update of Decap adds a string without Thai.
 */
export const missingThaiStrings: Strings = {
	auth: { loginWithForgejo: 'เข้าสู่ระบบด้วย Forgejo' },
	collection: {
		collectionTop: { viewAsList: 'แสดงเป็นรายการ', viewAsGrid: 'แสดงเป็นตาราง' },
		entries: { unpublishedHeader: 'เรื่องที่ยังไม่เผยแพร่' },
	},
	editor: {
		editorControl: { field: { widgetLabel: 'ช่อง %{widgetLabel}' } },
		editorInterface: { toggleNotes: 'เปิดหรือปิดบันทึก' },
		editorNotesPane: {
			title: 'บันทึกถึงกัน',
			emptyState: 'ยังไม่มีบันทึก เขียนบันทึกแรกด้านล่างเพื่อคุยกับทีม',
			addNote: 'เพิ่มบันทึก',
			addPlaceholder: 'เขียนบันทึก...',
			editPlaceholder: 'แก้บันทึก...',
			save: 'บันทึก',
			cancel: 'ยกเลิก',
			edit: 'แก้ไข',
			delete: 'ลบ',
			resolve: 'ทำแล้ว',
			unresolve: 'เปิดใหม่',
			confirmDelete: 'ต้องการลบบันทึกนี้ใช่ไหม',
			shortcut: 'กด Ctrl+Enter เพื่อเพิ่มบันทึกได้เร็วขึ้น',
		},
		editorToolbar: { changesSaved: 'บันทึกการเปลี่ยนแปลงแล้ว' },
		editorWidgets: {
			markdown: {
				strikethrough: 'ขีดฆ่า',
				toggleMode: {
					rich: 'สลับเป็นโหมดข้อความจัดรูปแบบ',
					markdown: 'สลับเป็นโหมด Markdown',
				},
			},
			datetime: { setToNow: 'ตั้ง %{fieldLabel} เป็นเวลาปัจจุบัน' },
			object: { expand: 'ขยาย', collapse: 'ย่อ' },
		},
	},
	mediaLibrary: { mediaLibraryModal: { close: 'ปิด' } },
	ui: {
		settingsDropdown: { account: 'ตัวเลือกบัญชี' },
		toast: {
			noteAdded: 'เพิ่มบันทึกแล้ว',
			onFailToAddNote: 'เพิ่มบันทึกไม่สำเร็จ: %{details}',
			noteUpdated: 'แก้บันทึกแล้ว',
			onFailToUpdateNote: 'แก้บันทึกไม่สำเร็จ: %{details}',
			noteDeleted: 'ลบบันทึกแล้ว',
			onFailToDeleteNote: 'ลบบันทึกไม่สำเร็จ: %{details}',
			noteResolved: 'ปิดบันทึกแล้ว',
			noteReopened: 'เปิดบันทึกใหม่แล้ว',
			onFailToToggleNote: 'เปลี่ยนสถานะบันทึกไม่สำเร็จ: %{details}',
		},
	},
};

export type Strings = { [key: string]: string | Strings };

/** `extra` laid over `base`, key by key, at every depth. */
export function mergeStrings(base: Strings, extra: Strings): Strings {
	const merged: Strings = { ...base };
	for (const [key, value] of Object.entries(extra)) {
		const current = merged[key];
		merged[key] =
			typeof value === 'string'
				? value
				: mergeStrings(typeof current === 'object' ? current : {}, value);
	}
	return merged;
}
