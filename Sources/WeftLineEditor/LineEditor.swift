// The libedit line source: prompts, emacs keys and ~/.editrc, persistent history of whole
// statements, Tab completion through a closure. The only Swift file that touches CLibEdit.
import CLibEdit
import Foundation
import WeftShell

public final class LineEditor: LineSource {
    public let origin: String? = nil
    public let isInteractive = true
    private let editor: OpaquePointer
    private let historyHandle: OpaquePointer
    private let historyPath: String?
    private var promptText: UnsafeMutablePointer<CChar>?
    /// Text before the cursor → what Tab offers.
    private let complete: (String) -> Completion
    /// True (and cleared) when Ctrl-C interrupted the read.
    private let consumeInterrupt: () -> Bool
    /// Writes the list of several candidates (standard output).
    private let list: (String) -> Void

    public init(
        historyPath: String?, complete: @escaping (String) -> Completion,
        consumeInterrupt: @escaping () -> Bool, list: @escaping (String) -> Void
    ) {
        weft_setup_utf8_locale()
        editor = weft_el_init(CommandLine.arguments.first ?? "weft")
        historyHandle = history_init()
        self.historyPath = historyPath
        self.complete = complete
        self.consumeInterrupt = consumeInterrupt
        self.list = list
        weft_history_set_size(historyHandle, 2000)
        weft_history_unique(historyHandle)
        if let historyPath { weft_history_load(historyHandle, historyPath) }
        weft_el_set_history(editor, historyHandle)
        weft_el_set_editor(editor, "emacs")
        weft_el_set_signal(editor, 1)
        weft_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        weft_el_set_prompt(editor) { editor in
            guard let editor, let data = weft_el_get_clientdata(editor) else { return nil }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().promptText
        }
        weft_el_add_function(editor, "weft-complete", "Complete by context") { editor, _ in
            guard let editor, let data = weft_el_get_clientdata(editor) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().completeAtCursor()
        }
        weft_el_bind(editor, "^I", "weft-complete")
        weft_el_bind(editor, "^R", "em-inc-search-prev")
        el_source(editor, nil)  // ~/.editrc (or $EDITRC): vi mode and other bindings
    }

    deinit {
        el_end(editor)
        history_end(historyHandle)
        free(promptText)
    }

    public func readLine(prompt: String) -> LineRead {
        free(promptText)
        promptText = strdup(prompt)
        var count: Int32 = 0
        guard let line = el_gets(editor, &count), count > 0 else {
            if consumeInterrupt() {
                FileHandle.standardOutput.write(Data("^C\n".utf8))
                return .interrupted
            }
            FileHandle.standardOutput.write(Data("\n".utf8))
            return .end
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        if consumeInterrupt() { return .interrupted }
        return .line(text)
    }

    public func remember(_ entry: String) {
        weft_history_enter(historyHandle, entry)
        guard let historyPath else { return }
        let folder = (historyPath as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        weft_history_save(historyHandle, historyPath)
    }

    public var history: [String] {
        final class Box { var entries: [String] = [] }
        let box = Box()
        weft_history_each(historyHandle, Unmanaged.passUnretained(box).toOpaque()) { context, entry in
            guard let context, let entry else { return 0 }
            Unmanaged<Box>.fromOpaque(context).takeUnretainedValue().entries.append(String(cString: entry))
            return 1
        }
        return box.entries.reversed()
    }

    /// Tab: one candidate replaces the word; several insert their common prefix and are listed.
    private func completeAtCursor() -> UInt8 {
        guard let info = el_line(editor)?.pointee, let start = info.buffer, let cursor = info.cursor else { return UInt8(CC_ERROR) }
        let before = String(decoding: UnsafeRawBufferPointer(start: start, count: cursor - start), as: UTF8.self)
        let completion = complete(before)
        guard !completion.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let typed = String(before.suffix(completion.replacing))
        let insert = completion.candidates.count == 1 ? completion.candidates[0] : completion.commonPrefix
        if !insert.isEmpty, insert != typed {
            el_deletestr(editor, Int32(typed.unicodeScalars.count))
            el_insertstr(editor, insert)
        }
        if completion.candidates.count > 1 {
            list("\n" + CandidateColumns.render(completion.candidates, width: Self.terminalWidth()))
            return UInt8(CC_REDISPLAY)
        }
        return UInt8(CC_REFRESH)
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        return ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    }
}
