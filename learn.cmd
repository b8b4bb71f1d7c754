@echo off
rem The learner's command on Windows, as ./learn is elsewhere (no bash needed): finds a
rem JDK 25, then bin\Launch.java builds the workbook tool when its sources changed and runs it.
rem learn --help lists the commands.
setlocal
set "JDK="
if defined JAVA_HOME call :is25 "%JAVA_HOME%"
if not defined JDK for /f "delims=" %%j in ('where java 2^>nul') do if not defined JDK call :is25 "%%~dpj.."
if not defined JDK for /d %%c in ("%ProgramFiles%\Eclipse Adoptium\jdk-25*" "%ProgramFiles%\Java\jdk-25*" "%ProgramFiles%\Microsoft\jdk-25*" "%ProgramFiles%\Amazon Corretto\jdk25*" "%ProgramFiles%\Zulu\zulu-25*" "%USERPROFILE%\.jdks\*25*") do if not defined JDK call :is25 "%%~c"
if not defined JDK (
    echo This workbook needs JDK 25, and none was found. 1>&2
    echo Install one, for example from https://adoptium.net, and set JAVA_HOME to it. 1>&2
    exit /b 1
)
set "JAVA_HOME=%JDK%"
set "PATH=%JDK%\bin;%PATH%"
rem Maven 3.8's own libraries call sun.misc.Unsafe, and the book's JRuby loads native code,
rem both of which JDK 25 warns about on every run;
rem and Maven's console library ends even quiet (-q) output with stray colour resets.
set "MAVEN_OPTS=%MAVEN_OPTS% --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED -Djansi.noreset=true"
"%JDK%\bin\java.exe" -Dworkbook.root="%~dp0." "%~dp0bin\Launch.java" %*
exit /b %ERRORLEVEL%

rem Sets JDK to %1 if it holds a JDK (javac) whose Java is version 25.
:is25
if not exist "%~1\bin\javac.exe" exit /b 0
"%~1\bin\java.exe" -XshowSettings:properties -version 2>&1 | findstr /c:"java.specification.version = 25" >nul && set "JDK=%~f1"
exit /b 0
