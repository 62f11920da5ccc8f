;;; gouji-report-mode.el --- Major mode for 政府信息公开工作年度报告, with Eglot -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages, text
;; URL: https://github.com/gouji/gouji (editors/emacs)

;;; Commentary:

;; A small major mode for Chinese government information-disclosure annual reports kept as
;; plain text, and the Eglot set-up for the gouji language server (`gouji lsp').
;;
;;   (add-to-list 'load-path "/path/to/gouji/editors/emacs")
;;   (require 'gouji-report-mode)
;;   (add-hook 'gouji-report-mode-hook #'eglot-ensure)
;;
;; Files get the mode by name (*年度报告*.txt) and by content: a *.txt file whose first ten
;; lines name a 政府信息公开工作年度报告 (also with the Kangxi radical ⼯ of PDF copies).
;; Settings for the server go in `eglot-workspace-configuration' under the section `gouji'
;; (see Documentation/Editors/Emacs.md).

;;; Code:

(defgroup gouji-report nil
  "Government information-disclosure annual reports, checked by gouji."
  :group 'text
  :prefix "gouji-report-")

(defcustom gouji-report-executable "gouji"
  "The gouji executable: a name looked up in `exec-path', or an absolute file name."
  :type 'string)

(defcustom gouji-report-server-arguments '("lsp")
  "Arguments that start gouji's language server on standard input and output."
  :type '(repeat string))

(defconst gouji-report-title-regexp "政府信息公开.\\{0,2\\}年度报告"
  "What the title of a report looks like.")

(defun gouji-report-p ()
  "Whether the current buffer is a *.txt report: its first ten lines name one."
  (and buffer-file-name
       (string-match-p "\\.txt\\'" (downcase buffer-file-name))
       (save-excursion
         (save-restriction
           (widen)
           (goto-char (point-min))
           (re-search-forward gouji-report-title-regexp
                              (line-end-position 10) t)))))

(defvar gouji-report-font-lock-keywords
  `(;; Section headings: 一、总体情况 … 六、其他需要报告的事项
    ("^[ \t]*\\([一二三四五六⼀⼆⼋]、[^，。\n]\\{2,30\\}\\)$" 1 'font-lock-function-name-face)
    ;; Citations of the regulation: 第二十条第（五）项, 第三十六条第（三）项
    ("第[一二三四五六七八九十百〇零⼀⼆⼗⼋]+条\\(?:第[一二三四五六七八九十⼀⼆⼗⼋]+款\\)?\\(?:第（[一二三四五六七八九十⼀⼆⼗⼋]+）项\\)?"
     . 'font-lock-constant-face)
    ;; Numbers in cells and prose
    ("[0-9０-９]+\\(?:\\.[0-9]+\\)?" . 'font-lock-string-face)
    ;; Row labels: （一）予以公开, 1.申请人无正当理由逾期不补正
    ("^[ \t]*\\(（[一二三四五六七八九十]+）[^\t\n]\\{1,40\\}\\)" 1 'font-lock-variable-name-face))
  "Highlighting for reports.
gouji's semantic tokens are richer where the client supports them.")

(defvar gouji-report-mode-map
  (let ((map (make-sparse-keymap)))
    ;; text-mode binds M-TAB (C-M-i) to `ispell-complete-word'; the documented key completes
    ;; from the language server (rows, headers, section titles) instead.
    (define-key map (kbd "C-M-i") #'completion-at-point)
    map)
  "Keymap for `gouji-report-mode': `C-M-i' runs `completion-at-point'.")

;;;###autoload
(define-derived-mode gouji-report-mode text-mode "政府信息公开年报"
  "Major mode for 政府信息公开工作年度报告 checked by gouji."
  (setq-local font-lock-defaults '(gouji-report-font-lock-keywords))
  (setq-local indent-tabs-mode t))

;;;###autoload
(add-to-list 'auto-mode-alist '("年度报告[^/]*\\.[tT][xX][tT]\\'" . gouji-report-mode))

;;;###autoload
(add-to-list 'magic-mode-alist '(gouji-report-p . gouji-report-mode))

(defun gouji-report-server-command (&rest _)
  "The command that starts gouji's language server.
Eglot calls it with INTERACTIVE (Eglot 1.9), or with INTERACTIVE and
PROJECT (later versions)."
  (cons gouji-report-executable gouji-report-server-arguments))

(defvar eglot-server-programs)

;;;###autoload
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '(gouji-report-mode . gouji-report-server-command)))

(provide 'gouji-report-mode)
;;; gouji-report-mode.el ends here
