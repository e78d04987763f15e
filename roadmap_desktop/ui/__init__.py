"""The Qt widgets: main window, item models over the services, theme."""
