;;; e2e.el --- End-to-end test of `gouji lsp' with Emacs and Eglot, in batch -*- lexical-binding: t; -*-

;; emacs -Q --batch -l Tests/EndToEnd/emacs/e2e.el
;;
;; Environment: GOUJI (the gouji executable, required), GOUJI_REPO (the repository root;
;; default: found from this file), GOUJI_E2E_TMP (scratch folder), GOUJI_E2E_TIMEOUT
;; (seconds to wait for each expectation; default 15).
;;
;; The mode and the Eglot set-up are the shipped editors/emacs/gouji-report-mode.el.
;; Checks: the mode by name and by content; Eglot connects; the diagnostics Flymake shows are
;; exactly those `gouji check --format json' gives for the buffer (code, start, end: the command
;; line counts characters, as Emacs columns do), and the GJ310 error sits at 121:1-121:2 in the
;; raw LSP message too; after an edit with CJK text (and 𠮷, U+20BB7, two UTF-16 units) they
;; follow the buffer again; a hover on a citation quotes the regulation; the server exits with
;; status 0 after shutdown.  Exit status 0 on success, 1 with a message otherwise.

(require 'cl-lib)
(require 'subr-x)
(require 'json)

(defvar gouji-e2e-started (float-time))
(defvar gouji-e2e-timeout (string-to-number (or (getenv "GOUJI_E2E_TIMEOUT") "15")))
(when (<= gouji-e2e-timeout 0) (setq gouji-e2e-timeout 15))

(defun gouji-e2e-out (format-string &rest args)
  (princ (concat (apply #'format format-string args) "\n")))

(define-error 'gouji-e2e-failure "Expectation failed")

(defun gouji-e2e-fail (format-string &rest args)
  (signal 'gouji-e2e-failure (list (apply #'format format-string args))))

(defmacro gouji-e2e-check (condition format-string &rest args)
  `(unless ,condition (gouji-e2e-fail ,format-string ,@args)))

(defun gouji-e2e-idle ()
  "Run the idle timers, as Emacs does when the user pauses.
Batch Emacs never becomes idle, and both Eglot (sending didChange after
`eglot-send-changes-idle-time') and Flymake (checking after
`flymake-no-changes-timeout') wait for idleness."
  (dolist (timer (copy-sequence timer-idle-list))
    (when (memq timer timer-idle-list)
      (timer-event-handler timer))))

(defun gouji-e2e-wait (what predicate)
  "Process events until PREDICATE returns non-nil; fail after the timeout naming WHAT."
  (let ((deadline (+ (float-time) gouji-e2e-timeout))
        result)
    (while (and (not (setq result (funcall predicate)))
                (< (float-time) deadline))
      (gouji-e2e-idle)
      (accept-process-output nil 0.02))
    (or result (gouji-e2e-fail "timed out after %ss waiting for %s" gouji-e2e-timeout what))))

;;; Set-up

(defvar gouji-e2e-gouji (getenv "GOUJI"))
(defvar gouji-e2e-repo
  (file-name-as-directory
   (or (getenv "GOUJI_REPO")
       (expand-file-name "../../.." (file-name-directory (or load-file-name buffer-file-name))))))
(defvar gouji-e2e-tmp
  (file-name-as-directory (or (getenv "GOUJI_E2E_TMP") (make-temp-file "gouji-emacs-e2e" t))))

(unless (require 'eglot nil t)
  ;; Debian's elpa-eglot (for Emacs 28) lives outside the -Q load path.
  (require 'package)
  (add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
  (package-initialize)
  (require 'eglot))
(require 'flymake)
(add-to-list 'load-path (expand-file-name "editors/emacs" gouji-e2e-repo))
(require 'gouji-report-mode)

;; The raw diagnostics as the server sent them, for exact positions.
(defvar gouji-e2e-raw (make-hash-table :test #'equal))
(advice-add 'eglot-handle-notification :before
            (lambda (_server method &rest params)
              (when (eq method 'textDocument/publishDiagnostics)
                (puthash (plist-get params :uri) (plist-get params :diagnostics) gouji-e2e-raw))))

(defun gouji-e2e-write (file text)
  (let ((coding-system-for-write 'utf-8-unix))
    (write-region text nil file nil 'silent)))

(defun gouji-e2e-read (file)
  (with-temp-buffer
    (let ((coding-system-for-read 'utf-8-unix))
      (insert-file-contents-literally file)
      (decode-coding-region (point-min) (point-max) 'utf-8-unix)
      (buffer-string))))

;;; The command line's view of a buffer

(defvar gouji-e2e-snapshot 0)

(defun gouji-e2e-expected ()
  "The diagnostics `gouji check' gives for the current buffer: sorted (CODE LINE COL END-LINE END-COL)."
  (let* ((file (expand-file-name (format "snapshots/%03d.txt" (cl-incf gouji-e2e-snapshot)) gouji-e2e-tmp))
         (text (buffer-substring-no-properties (point-min) (point-max))))
    (gouji-e2e-write file text)
    (let* ((output (with-temp-buffer
                     (let ((status (call-process gouji-e2e-gouji nil t nil
                                                 "check" "--format" "json" "--lang" "zh" file)))
                       (gouji-e2e-check (memq status '(0 1)) "gouji check %s exited %s: %s"
                                        file status (buffer-string)))
                     (goto-char (point-min))
                     (let ((json-object-type 'alist) (json-array-type 'list) (json-key-type 'symbol))
                       (json-read))))
           (file-entry (car (alist-get 'files output))))
      (sort (mapcar (lambda (d)
                      (list (alist-get 'code d)
                            (alist-get 'line d) (1- (alist-get 'column d))
                            (alist-get 'endLine d) (1- (alist-get 'endColumn d))))
                    (alist-get 'diagnostics file-entry))
            #'gouji-e2e-less))))

(defun gouji-e2e-less (a b)
  (string< (format "%S" a) (format "%S" b)))

(defun gouji-e2e-position (pos)
  (save-excursion
    (goto-char pos)
    ;; Characters from the start of the line (not `current-column': TABs and wide CJK).
    (list (line-number-at-pos) (- (point) (line-beginning-position)))))

(defun gouji-e2e-shown ()
  "What Flymake shows in the current buffer: sorted (CODE LINE COL END-LINE END-COL)."
  (sort (mapcar (lambda (d)
                  (let ((text (flymake-diagnostic-text d)))
                    (append (list (and (string-match "\\[\\([^]]+\\)\\]" text) (match-string 1 text)))
                            (gouji-e2e-position (flymake-diagnostic-beg d))
                            (gouji-e2e-position (flymake-diagnostic-end d)))))
                (flymake-diagnostics))
        #'gouji-e2e-less))

(defun gouji-e2e-comparable (diagnostics expected)
  "DIAGNOSTICS with only code and line where EXPECTED has an empty range (Eglot widens those)."
  (cl-mapcar (lambda (d e) (if (and (= (nth 1 e) (nth 3 e)) (= (nth 2 e) (nth 4 e))) (list (nth 0 d) (nth 1 d)) d))
             diagnostics expected))

(defun gouji-e2e-follow (what)
  "Wait until Flymake shows exactly what `gouji check' says of the current buffer."
  (let* ((expected (gouji-e2e-expected))
         (expected-cmp (gouji-e2e-comparable expected expected))
         shown)
    (condition-case nil
        (gouji-e2e-wait what
                        (lambda ()
                          (setq shown (gouji-e2e-shown))
                          (and (= (length shown) (length expected))
                               (equal (gouji-e2e-comparable shown expected) expected-cmp))))
      (gouji-e2e-failure
       (gouji-e2e-fail "%s: Flymake's diagnostics differ from `gouji check' of the buffer (%s):\n  expected %S\n  shown    %S"
                       what (expand-file-name (format "snapshots/%03d.txt" gouji-e2e-snapshot) gouji-e2e-tmp)
                       (seq-take expected 20) (seq-take shown 20))))
    (gouji-e2e-out "ok  %s: %d diagnostics equal `gouji check' of the buffer (%.1fs)"
                   what (length expected) (- (float-time) gouji-e2e-started))))

;;; The test

(defun gouji-e2e-run ()
  (gouji-e2e-check (and gouji-e2e-gouji (file-executable-p gouji-e2e-gouji))
                   "set GOUJI to the gouji executable (got %S)" gouji-e2e-gouji)
  (gouji-e2e-out "Emacs %s, Eglot %s, gouji %s" emacs-version
                 (if-let ((desc (cadr (assq 'eglot package-alist)))) (package-version-join (package-desc-version desc))
                   "built in")
                 gouji-e2e-gouji)
  (make-directory (expand-file-name "reports" gouji-e2e-tmp) t)
  (make-directory (expand-file-name "snapshots" gouji-e2e-tmp) t)
  (setq gouji-report-executable gouji-e2e-gouji)
  ;; Eglot 1.9 pretty-prints every message into its events buffer, which takes seconds for a
  ;; report with a hundred diagnostics; Documentation/Editors/Emacs.md recommends the same.
  (setq eglot-events-buffer-size 0)
  (setq eglot-sync-connect t
        eglot-autoshutdown nil
        eglot-send-changes-idle-time 0.1
        flymake-no-changes-timeout 0.1)
  (let* ((report (expand-file-name "reports/2020年周村区科技局政府信息公开工作年度报告.txt" gouji-e2e-tmp))
         (by-content (expand-file-name "reports/003_5e13778fbfad6663.txt" gouji-e2e-tmp))
         (other (expand-file-name "reports/notes.txt" gouji-e2e-tmp))
         server exit-status)
    (copy-file (expand-file-name "Examples/000_212ac920282683c5.txt" gouji-e2e-repo) report t)
    (copy-file (expand-file-name "Examples/003_5e13778fbfad6663.txt" gouji-e2e-repo) by-content t)
    ;; copy-file keeps the modes of a read-only checkout; the test edits these copies.
    (set-file-modes report #o644)
    (set-file-modes by-content #o644)
    (gouji-e2e-write other "会议记录\n下周讨论年度计划。\n")

    ;; Modes.
    (find-file other)
    (gouji-e2e-check (not (eq major-mode 'gouji-report-mode)) "notes.txt got %s" major-mode)
    (find-file by-content)
    (gouji-e2e-check (eq major-mode 'gouji-report-mode) "003 (by content) got %s" major-mode)
    (find-file report)
    (gouji-e2e-check (eq major-mode 'gouji-report-mode) "the report (by name) got %s" major-mode)
    (gouji-e2e-out "ok  gouji-report-mode by name and by content (003, Kangxi radicals), not for notes.txt")

    ;; Connect, as M-x eglot does.
    (setq server (apply #'eglot (eglot--guess-contact)))
    (gouji-e2e-check (eglot-current-server) "Eglot did not connect")
    (let* ((capabilities (eglot--capabilities server))
           (encoding (or (plist-get capabilities :positionEncoding) "utf-16")))
      (gouji-e2e-out "ok  Eglot connected, position encoding %s" encoding)
      (with-current-buffer (get-file-buffer by-content)
        (gouji-e2e-check (eq (eglot-current-server) server) "003 is not managed by the same server"))

      ;; Diagnostics at the right places.
      (let ((uri (eglot--path-to-uri report)))
        (gouji-e2e-wait "diagnostics for the report" (lambda () (gethash uri gouji-e2e-raw)))
        (let ((gj310 (seq-find (lambda (d) (and (equal (plist-get d :code) "GJ310")
                                                (= (plist-get (plist-get (plist-get d :range) :start) :line) 120)))
                               (gethash uri gouji-e2e-raw))))
          (gouji-e2e-check gj310 "no GJ310 on line 121 in %S" (gethash uri gouji-e2e-raw))
          (let ((range (plist-get gj310 :range)))
            (gouji-e2e-check (and (= (plist-get (plist-get range :start) :character) 1)
                                  (= (plist-get (plist-get range :end) :line) 120)
                                  (= (plist-get (plist-get range :end) :character) 2)
                                  (eql (plist-get gj310 :severity) 1))
                             "GJ310 should be an error at 120:1-120:2, got %S" gj310)))
        (gouji-e2e-out "ok  GJ310 error at 120:1-120:2 in the server's message"))
      (gouji-e2e-follow "open")
      ;; Flymake starts in a buffer when it is first shown (window-configuration-change-hook,
      ;; run by redisplay); batch Emacs has no redisplay, so start it as showing it would.
      (save-window-excursion
        (switch-to-buffer (get-file-buffer by-content))
        (flymake-start)
        (gouji-e2e-follow "open 003 (by content)"))

      ;; Edit with CJK text and an astral ideograph; the diagnostics follow.
      (goto-char (point-min))
      (forward-line 8)
      (insert "𠮷补充：")
      (gouji-e2e-follow "insert 𠮷补充： at the start of line 9")
      (goto-char (point-min))
      (forward-line 4)
      (insert "（新增段落）本段为测试插入的中文𠮷文字。\n\n")
      (gouji-e2e-follow "insert two lines above the tables")
      (goto-char (point-min))
      (forward-line 10)
      (forward-char 6)
      (delete-region (point) (save-excursion (forward-line 1) (forward-char 2) (point)))
      (insert "（合并𠮷）")
      (gouji-e2e-follow "replace across a line break")

      ;; Hover on a citation.
      (goto-char (point-min))
      (search-forward "第二十条第（五）项")
      (backward-char 6)
      (let* ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
             (contents (plist-get hover :contents))
             (text (cond ((stringp contents) contents)
                         ((plist-get contents :value))
                         ((vectorp contents)
                          (mapconcat (lambda (c) (if (stringp c) c (plist-get c :value))) contents "\n"))
                         (t ""))))
        (gouji-e2e-check (string-match-p "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果" text)
                         "hover on 第二十条第（五）项 should quote the item, got %S" text)
        ;; MarkupContent in a format Eglot declared (Eglot 1.9 without markdown-mode: plain text only).
        (let ((declared (append (plist-get (plist-get (plist-get (eglot-client-capabilities server) :textDocument)
                                                      :hover)
                                           :contentFormat)
                                nil))
              (kind (and (listp contents) (plist-get contents :kind))))
          (gouji-e2e-check (and kind (member kind declared))
                           "hover contents of kind %S; Eglot declared %S" kind declared))
        (gouji-e2e-out "ok  hover on 第二十条第（五）项 quotes the regulation"))

      ;; Hover on a table 四 header (plain text for Eglot without markdown): 其他结果 is procedural.
      (goto-char (point-min))
      (search-forward "四、政府信息公开行政复议")
      (search-forward "\t其他\n结果")
      (goto-char (match-beginning 0))
      (forward-char 1)
      (let* ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
             (contents (plist-get hover :contents))
             (text (cond ((stringp contents) contents) ((plist-get contents :value)) (t ""))))
        (gouji-e2e-check (and (string-match-p "程序性驳回" text) (string-match-p "应计入结果维持" text))
                         "hover on table 四 其他结果 should say it is procedural, got %S" text)
        (gouji-e2e-out "ok  hover on table 四 其他结果 names 程序性驳回"))

      ;; Completion on an empty line of table 三: the row that belongs there first, by the documented key.
      (gouji-e2e-check (eq (key-binding (kbd "C-M-i")) #'completion-at-point)
                       "C-M-i runs %S, not completion-at-point" (key-binding (kbd "C-M-i")))
      (goto-char (point-min))
      (search-forward "\t（二）部分公开")
      (beginning-of-line)
      (insert "\n")
      (forward-line -1)
      (gouji-e2e-follow "empty line opened in table 三")
      (let* ((result (jsonrpc-request server :textDocument/completion
                                      (append (eglot--TextDocumentPositionParams) '(:context (:triggerKind 1)))))
             (items (append (if (vectorp result) result (plist-get result :items)) nil))
             (sorted (sort items (lambda (a b) (string< (or (plist-get a :sortText) (plist-get a :label))
                                                        (or (plist-get b :sortText) (plist-get b :label))))))
             (first (plist-get (car sorted) :label)))
        (gouji-e2e-check (equal first "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")
                         "completion on the empty line should offer （二）部分公开 first, got %S" first)
        (gouji-e2e-out "ok  C-M-i is completion-at-point; on an empty line of table 三 %s comes first" first))
      (delete-region (line-beginning-position) (1+ (line-end-position)))
      (gouji-e2e-follow "empty line removed")

      ;; Shut down: shutdown, exit, and the server ends by itself (`eglot-shutdown' would kill
      ;; it right after sending exit, so ask as it does, without the kill).
      (setf (eglot--shutdown-requested server) t)
      (jsonrpc-request server :shutdown nil :timeout gouji-e2e-timeout)
      (jsonrpc-notify server :exit nil)
      (let ((process (jsonrpc--process server)))
        (gouji-e2e-wait "the server to exit after shutdown and exit" (lambda () (not (process-live-p process))))
        (setq exit-status (process-exit-status process)))
      (gouji-e2e-check (eql exit-status 0) "the server exited with status %s" exit-status)
      (gouji-e2e-out "ok  shutdown: the server exited with status 0"))))

(condition-case err
    (progn
      (gouji-e2e-run)
      (gouji-e2e-out "PASS Emacs %s end-to-end (%.1fs)" emacs-version (- (float-time) gouji-e2e-started))
      (kill-emacs 0))
  (gouji-e2e-failure
   (message "FAIL Emacs %s end-to-end (%.1fs): %s" emacs-version (- (float-time) gouji-e2e-started) (cadr err))
   (kill-emacs 1))
  (error
   (message "FAIL Emacs %s end-to-end (%.1fs): %S" emacs-version (- (float-time) gouji-e2e-started) err)
   (kill-emacs 1)))
