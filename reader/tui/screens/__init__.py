"""The app's screens: main, help, problems, officials."""
